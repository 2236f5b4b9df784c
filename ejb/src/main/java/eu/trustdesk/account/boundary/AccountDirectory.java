package eu.trustdesk.account.boundary;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.shared.Like;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The back office's search over accounts (customers, partners, staff). */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.VALIDATOR, Role.Names.ACCOUNTANT})
public class AccountDirectory {

    public static final int MAX_RESULTS = 200;

    @PersistenceContext
    private EntityManager em;

    /** Accounts whose e-mail or name contains {@code text}, by e-mail. */
    public List<Account> search(@Size(max = 100) String text) {
        String pattern = Like.containingLowerCase(text);
        return em.createQuery("select a from Account a where a.email like :text or lower(a.firstName) like :text"
                + " or lower(a.lastName) like :text order by a.email", Account.class)
                .setParameter("text", pattern).setMaxResults(MAX_RESULTS).getResultList();
    }
}
