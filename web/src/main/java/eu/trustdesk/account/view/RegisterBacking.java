package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.NewAccount;
import eu.trustdesk.account.boundary.Registration;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code register.xhtml}: opens a shop account in the language the visitor is using. A refused
 * form keeps everything typed (but the password) and says what to correct.
 */
@Named
@RequestScoped
public class RegisterBacking {

    private final NewAccount form = new NewAccount();

    private boolean done;

    @EJB
    private Registration registration;

    @Inject
    private LanguageBacking language;

    public void register() {
        try {
            registration.register(form, language.getLanguage());
            done = true;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public NewAccount getForm() {
        return form;
    }

    public boolean isDone() {
        return done;
    }
}
