package eu.trustdesk.account.view;

import eu.trustdesk.account.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the web module. Authentication is {@link LoginPageAuthenticationMechanism} (our JSF
 * login page) in front of {@link AccountIdentityStore}; the pages each role may open are in web.xml.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.PARTNER, Role.Names.VALIDATOR, Role.Names.ACCOUNTANT, Role.Names.ADMIN})
public class SecurityConfiguration {
}
