package eu.trustdesk.account.view;

import eu.trustdesk.account.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security set-up: our own JSF login page ({@code login.xhtml}, backed by
 * {@link LoginBacking}) in front of {@link AccountIdentityStore}. A visitor who asks for a
 * protected page is redirected to the login page and, once signed in, back to that page.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.PARTNER, Role.Names.VALIDATOR, Role.Names.ACCOUNTANT, Role.Names.ADMIN})
public class SecurityConfiguration {
}
