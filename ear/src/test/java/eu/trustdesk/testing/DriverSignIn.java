package eu.trustdesk.testing;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import eu.trustdesk.account.boundary.Authentication;
import eu.trustdesk.account.boundary.SecondFactorCredential;
import eu.trustdesk.account.control.TotpCodes;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Set;

/**
 * How the test-only driver servlets sign in the caller their request names ({@code user},
 * {@code password}) through Jakarta Security, as the login page would: demo staff in two steps,
 * the password and then the code of the published demo secret (README).
 */
public final class DriverSignIn {

    private static final Set<String> STAFF = Set.of(DemoAccounts.VALIDATOR, DemoAccounts.ACCOUNTANT, DemoAccounts.ADMIN);

    private DriverSignIn() {
    }

    /** Whether the request's caller is now signed in. */
    public static boolean signIn(SecurityContext security, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        String user = request.getParameter("user");
        String password = request.getParameter("password");
        Credential credential = new UsernamePasswordCredential(user, new Password(password));
        if (STAFF.contains(user)) {
            credential = new SecondFactorCredential(
                    authentication.verify(user, password.toCharArray(), request.getRemoteAddr()).pending(),
                    new TotpCodes().codeAt(DemoAccounts.TOTP_SECRET, TotpCodes.step(Instant.now())));
        }
        return security.authenticate(request, response, withParams().credential(credential).newAuthentication(true))
                == AuthenticationStatus.SUCCESS;
    }
}
