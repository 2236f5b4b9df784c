package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.MyAccount;
import eu.trustdesk.account.entity.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The header's view of who is signed in: name, which areas to offer, sign out. Offering an area
 * here is a convenience; the areas themselves are protected by web.xml and the boundaries.
 */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @EJB
    private MyAccount myAccount;

    private String displayName;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = myAccount.displayName();
        }
        return displayName;
    }

    public boolean isCustomer() {
        return securityContext.isCallerInRole(Role.Names.CUSTOMER);
    }

    public boolean isPartner() {
        return securityContext.isCallerInRole(Role.Names.PARTNER);
    }

    public boolean isBackOffice() {
        return securityContext.isCallerInRole(Role.Names.VALIDATOR)
                || securityContext.isCallerInRole(Role.Names.ACCOUNTANT)
                || securityContext.isCallerInRole(Role.Names.ADMIN);
    }

    public boolean inRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** Where a user lands after signing in: their own area. */
    public String homePath() {
        if (isBackOffice()) {
            return "/console/index.xhtml";
        }
        if (isPartner()) {
            return "/partner/index.xhtml";
        }
        if (isCustomer()) {
            return "/customer/index.xhtml";
        }
        return "/index.xhtml";
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }
}
