package eu.trustdesk.account.boundary;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.shared.Language;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

/**
 * The signed-in user's own account. Every method works on the caller's account, named by the
 * container's caller principal, never on an id given by the page: nobody can reach another
 * account through it.
 */
@Stateless
@RolesAllowed({Role.Names.CUSTOMER, Role.Names.PARTNER, Role.Names.VALIDATOR, Role.Names.ACCOUNTANT, Role.Names.ADMIN})
public class MyAccount {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** Remembers the language the user chose, for their next visit and for the e-mails they receive. */
    public void changeLanguage(@NotNull Language language) {
        caller().changeLanguage(language);
    }

    public Language language() {
        return caller().language();
    }

    public String displayName() {
        return caller().displayName();
    }

    private Account caller() {
        String email = session.getCallerPrincipal().getName();
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getSingleResult();
    }
}
