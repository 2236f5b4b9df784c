package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.Registration;
import eu.trustdesk.platform.view.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;

/** {@code password-forgotten.xhtml}: asks for a reset link; the answer is the same whether the address is known or not. */
@Named
@RequestScoped
public class PasswordForgottenBacking {

    @NotBlank
    private String email;

    private boolean sent;

    @EJB
    private Registration registration;

    public void send() {
        registration.requestPasswordReset(email);
        sent = true;
        Messages.info("forgotten.sent");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
