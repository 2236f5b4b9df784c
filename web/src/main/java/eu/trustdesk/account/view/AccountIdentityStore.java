package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.Authentication;
import eu.trustdesk.account.boundary.LoginOutcome;
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

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = authentication.verify(login.getCaller(), login.getPassword().getValue(),
                clientAddress.of(request));
        attempt.record(outcome);
        return outcome.signedInAccount()
                .map(s -> new CredentialValidationResult(s.email(),
                        s.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
