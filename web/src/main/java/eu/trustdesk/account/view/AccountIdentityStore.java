package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.Authentication;
import eu.trustdesk.account.boundary.LoginOutcome;
import eu.trustdesk.account.boundary.SecondFactorCredential;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.platform.view.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;

/**
 * Validates logins against the accounts in the database, through the {@link Authentication}
 * boundary. The caller's groups are their {@link Role} names, mapped one to one to the
 * application's roles. The detailed outcome goes to {@link LoginAttempt} for the login page.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private Authentication authentication;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private HttpServletRequest request;

    /** Sign-in runs before the filters: the address is worked out here, not by ClientAddressFilter. */
    @Inject
    private ClientAddress clientAddress;

    /**
     * A password ({@link UsernamePasswordCredential}) or, for accounts with a second factor, the
     * code that follows it ({@link SecondFactorCredential}): the caller gets their groups only
     * when the last step needed is done.
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        LoginOutcome outcome;
        if (credential instanceof UsernamePasswordCredential login) {
            outcome = authentication.verify(login.getCaller(), login.getPassword().getValue(), clientAddress.of(request));
        } else if (credential instanceof SecondFactorCredential second) {
            outcome = authentication.verifySecondFactor(second.ticket(), second.code(), clientAddress.of(request));
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        attempt.record(outcome);
        return outcome.signedInAccount()
                .map(s -> new CredentialValidationResult(s.email(),
                        s.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
