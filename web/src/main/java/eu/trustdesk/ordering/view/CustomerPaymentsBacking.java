package eu.trustdesk.ordering.view;

import eu.trustdesk.ordering.boundary.ClientContracts;
import eu.trustdesk.ordering.boundary.PrepaidAccounts;
import eu.trustdesk.ordering.boundary.PrepaidStatement;
import eu.trustdesk.ordering.entity.ClientContract;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code customer/payments.xhtml}: for each of the customer's organisations, its prepaid balance
 * with the latest movements and its active client contract. Only the caller's own organisations
 * ever reach the page: the boundaries select them by the signed-in account.
 */
@Named
@RequestScoped
public class CustomerPaymentsBacking {

    @EJB
    private PrepaidAccounts prepaidAccounts;

    @EJB
    private ClientContracts clientContracts;

    private List<PrepaidStatement> statements;
    private Map<Long, ClientContract> contracts;

    public List<PrepaidStatement> getStatements() {
        if (statements == null) {
            statements = prepaidAccounts.mine();
        }
        return statements;
    }

    /** The organisation's contract active today, as a list of none or one for the page to repeat over. */
    public List<ClientContract> contractsOf(long organisationId) {
        if (contracts == null) {
            contracts = clientContracts.mine().stream()
                    .collect(Collectors.toMap(c -> c.organisation().id(), Function.identity(), (a, b) -> a));
        }
        ClientContract contract = contracts.get(organisationId);
        return contract == null ? List.of() : List.of(contract);
    }

    public int getMaxMovements() {
        return PrepaidAccounts.MAX_MOVEMENTS;
    }
}
