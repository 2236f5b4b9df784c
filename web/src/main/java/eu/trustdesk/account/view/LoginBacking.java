package eu.trustdesk.account.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import eu.trustdesk.account.boundary.MyAccount;
import eu.trustdesk.platform.view.LanguageSwitch;
import eu.trustdesk.platform.view.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** {@code login.xhtml}: signs a user in, then sends them where they wanted to go or to their own area. */
@Named
@RequestScoped
public class LoginBacking {

    @NotBlank
    private String email;

    @NotBlank
    private String password;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private SessionBacking session;

    @Inject
    private LanguageSwitch languageSwitch;

    @EJB
    private MyAccount myAccount;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // a new session id at login: whatever id an attacker planted before is worthless afterwards
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(email, new Password(password))).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> {
                // the mechanism is already redirecting to the page the user asked for first
                languageSwitch.adopt(myAccount.language(), response);
                faces.responseComplete();
            }
            case SUCCESS -> {
                languageSwitch.adopt(myAccount.language(), response);
                external.redirect(external.getRequestContextPath() + session.homePath());
            }
            default -> Messages.error("login.failed");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
