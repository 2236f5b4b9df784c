package eu.trustdesk.ordering.boundary;

import eu.trustdesk.ordering.entity.PrepaidAccount;
import eu.trustdesk.ordering.entity.PrepaidMovement;
import java.util.List;

/**
 * An organisation's prepaid account as a page shows it: the account (null when the organisation
 * has none) and its latest movements, newest first.
 */
public record PrepaidStatement(long organisationId, String organisationName, PrepaidAccount account,
        List<PrepaidMovement> movements) {

    public PrepaidStatement {
        movements = List.copyOf(movements);
    }

    public boolean hasAccount() {
        return account != null;
    }
}
