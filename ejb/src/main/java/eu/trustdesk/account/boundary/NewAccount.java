package eu.trustdesk.account.boundary;

import eu.trustdesk.account.entity.Account;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a visitor types to open a shop account. */
public class NewAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Email
    @Size(max = Account.EMAIL_LENGTH)
    private String email;

    @NotBlank
    @Size(max = Account.NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = Account.NAME_LENGTH)
    private String lastName;

    @Size(max = Account.PHONE_LENGTH)
    private String phone;

    private String password;

    private boolean privacyNoticeAccepted;

    private boolean marketingAccepted;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isPrivacyNoticeAccepted() {
        return privacyNoticeAccepted;
    }

    public void setPrivacyNoticeAccepted(boolean privacyNoticeAccepted) {
        this.privacyNoticeAccepted = privacyNoticeAccepted;
    }

    public boolean isMarketingAccepted() {
        return marketingAccepted;
    }

    public void setMarketingAccepted(boolean marketingAccepted) {
        this.marketingAccepted = marketingAccepted;
    }
}
