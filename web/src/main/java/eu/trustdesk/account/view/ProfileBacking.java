package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.AccountLocked;
import eu.trustdesk.account.boundary.MyAccount;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.ConsentRecord;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

/** {@code account/profile.xhtml}: personal data, password and consents of the signed-in user. */
@Named
@RequestScoped
public class ProfileBacking {

    /** Dates are shown in the time of the company's customers, France and Italy. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @EJB
    private MyAccount myAccount;

    @Inject
    private LanguageBacking language;

    private String email;
    private String firstName;
    private String lastName;
    private String phone;
    private String currentPassword;
    private String newPassword;
    private boolean marketing;
    private List<ConsentRecord> consents;

    @PostConstruct
    void load() {
        Account account = myAccount.profile();
        email = account.email();
        firstName = account.firstName();
        lastName = account.lastName();
        phone = account.phone();
        marketing = myAccount.marketingAccepted();
    }

    public void saveProfile() {
        try {
            myAccount.changeProfile(firstName, lastName, phone);
            Messages.info("profile.saved");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void changePassword() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            int version = myAccount.changePassword(currentPassword, newPassword);
            // this session stays open with the new password; the account's other sessions end
            SessionGuardFilter.rebind(request.getSession(), version);
            Messages.info("profile.password.changed");
        } catch (AccountLocked e) {
            signOutLocked();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Too many wrong current passwords: whoever sits at this session is signed out, as at sign-in. */
    static void signOutLocked() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
            external.invalidateSession();
            external.redirect(external.getRequestContextPath() + LoginPageAuthenticationMechanism.LOGIN_PAGE
                    + SignOutNotice.LOCKED);
        } catch (IOException | ServletException e) {
            throw new IllegalStateException("Could not sign the locked account out", e);
        }
    }

    public void saveConsents() {
        myAccount.changeMarketingConsent(marketing);
        consents = null;
        Messages.info("profile.consents.saved");
    }

    public List<ConsentRecord> getConsents() {
        if (consents == null) {
            consents = myAccount.consents();
        }
        return consents;
    }

    public String when(ConsentRecord consent) {
        return eu.trustdesk.shared.Formats.of(language.getLanguage()).dateTime(consent.recordedAt());
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isMarketing() {
        return marketing;
    }

    public void setMarketing(boolean marketing) {
        this.marketing = marketing;
    }
}
