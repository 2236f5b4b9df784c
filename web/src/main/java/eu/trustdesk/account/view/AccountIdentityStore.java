package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.Authentication;
import eu.trustdesk.account.boundary.SignedIn;
import eu.trustdesk.account.entity.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Validates logins against the accounts in the database, through the {@link Authentication}
 * boundary. The caller's groups are their {@link Role} names, mapped one to one to the
 * application's roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private Authentication authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<SignedIn> signedIn = authentication.verify(login.getCaller(), login.getPassword().getValue());
        return signedIn
                .map(s -> new CredentialValidationResult(s.email(),
                        s.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
