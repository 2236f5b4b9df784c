package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.Registration;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** {@code password-reset.xhtml?token=...}: the link of the reset mail, where the new password is chosen. */
@Named
@RequestScoped
public class PasswordResetBacking {

    private String token;

    private String password;

    @EJB
    private Registration registration;

    public void reset() {
        try {
            registration.resetPassword(token, password);
            Messages.info("reset.done");
            Pages.redirect(LoginPageAuthenticationMechanism.LOGIN_PAGE);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
