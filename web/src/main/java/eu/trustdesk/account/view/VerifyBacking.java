package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.Registration;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** {@code verify.xhtml?token=...}: the link of the verification mail. */
@Named
@RequestScoped
public class VerifyBacking {

    private String token;

    private boolean verified;

    @EJB
    private Registration registration;

    public void verify() {
        try {
            registration.verifyEmail(token);
            verified = true;
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

    public boolean isVerified() {
        return verified;
    }
}
