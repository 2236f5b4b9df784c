package eu.trustdesk.account.boundary;

import eu.trustdesk.account.control.PasswordHashing;
import eu.trustdesk.account.entity.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Checks a login and password for the web's identity store. Anyone may call it: it is what
 * signing in is.
 */
@Stateless
@PermitAll
public class Authentication {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    /**
     * @return who signed in, or empty when the address is unknown, the password wrong or the
     *         account not allowed to sign in (not verified, disabled). The three are not told
     *         apart, so the answer does not reveal which addresses have an account.
     */
    public Optional<SignedIn> verify(String email, char[] password) {
        if (email == null || email.isBlank() || password == null) {
            return Optional.empty();
        }
        Optional<Account> account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst();
        if (account.isEmpty()) {
            passwords.verifyNothing(password);
            return Optional.empty();
        }
        Account found = account.get();
        if (!passwords.matches(password, found.passwordHash()) || !found.maySignIn()) {
            return Optional.empty();
        }
        return Optional.of(new SignedIn(found.email(), found.roles(), found.language()));
    }
}
