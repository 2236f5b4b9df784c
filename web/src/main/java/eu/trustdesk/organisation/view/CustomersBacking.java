package eu.trustdesk.organisation.view;

import eu.trustdesk.account.boundary.AccountDirectory;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.organisation.boundary.OrganisationDirectory;
import eu.trustdesk.organisation.entity.Organisation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code console/customers.xhtml}: one search over accounts and organisations, and the public
 * bodies waiting for an administrator. The search text travels in the URL ({@code ?q=}), so a
 * search can be bookmarked and the back button returns to the results.
 */
@Named
@RequestScoped
public class CustomersBacking {

    /** The boundaries accept at most this many characters; nobody types longer identifiers. */
    static final int MAX_QUERY_LENGTH = 100;
    private static final String SELF = "/console/customers?faces-redirect=true&includeViewParams=true";

    @EJB
    private AccountDirectory accountDirectory;

    @EJB
    private OrganisationDirectory organisationDirectory;

    private String query;
    private boolean searched;
    private List<Account> accounts = List.of();
    private List<Organisation> organisations = List.of();
    private List<Organisation> awaiting;

    /** {@code f:viewAction}: runs the search of the URL, if there is one. */
    public void search() {
        if (query == null || query.isBlank()) {
            return;
        }
        String text = query.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        accounts = accountDirectory.search(text);
        organisations = organisationDirectory.search(text);
        searched = true;
    }

    /** The search form: puts the text in the URL and shows its results (post-redirect-get). */
    public String find() {
        return SELF;
    }

    public List<Organisation> getAwaiting() {
        if (awaiting == null) {
            awaiting = organisationDirectory.awaitingConfirmation();
        }
        return awaiting;
    }

    /** The roles of an account in a stable order, for its badges. */
    public List<Role> roles(Account account) {
        return account.roles().stream().sorted().toList();
    }

    /** Whether the directories stopped at their maximum: the user should narrow the search. */
    public boolean isTruncated() {
        return accounts.size() >= AccountDirectory.MAX_RESULTS
                || organisations.size() >= OrganisationDirectory.MAX_RESULTS;
    }

    public int getMaxResults() {
        return Math.min(AccountDirectory.MAX_RESULTS, OrganisationDirectory.MAX_RESULTS);
    }

    public boolean isSearched() {
        return searched;
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
