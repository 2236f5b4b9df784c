package eu.trustdesk.account.boundary;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.shared.Language;
import java.io.Serializable;
import java.util.Set;

/** Who has just proved their identity: the caller name, roles and preferred language. */
public record SignedIn(String email, Set<Role> roles, Language language) implements Serializable {

    public SignedIn {
        roles = Set.copyOf(roles);
    }
}
