package eu.trustdesk.account.control;

import eu.trustdesk.account.entity.Account;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;

/**
 * The account of whoever calls the boundary, named by the container's caller principal (the
 * e-mail address), never by anything the page sends: the basis of every "my ..." boundary.
 */
@Dependent
public class CallerAccount {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Principal caller;

    public Account get() {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", caller.getName())
                .getSingleResult();
    }
}
