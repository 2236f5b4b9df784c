package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.AccountLocked;
import eu.trustdesk.account.boundary.MyAccount;
import eu.trustdesk.account.control.SecondFactor;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The second-factor part of {@code account/profile.xhtml}: a customer or partner turns it on (QR
 * code, first code, current password; then the recovery codes, shown once) or off (current
 * password). Staff see that theirs is required. View-scoped: the new secret waits, sealed, between
 * "turn on" and the first code.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyAccount myAccount;

    private SecondFactor.Enrolment enrolment;
    private List<String> recoveryCodes;
    private String code;
    private String password;

    public boolean isOn() {
        return myAccount.secondFactorOn();
    }

    public boolean isRequired() {
        return myAccount.secondFactorRequired();
    }

    public int getRecoveryCodesLeft() {
        return myAccount.recoveryCodesLeft();
    }

    public void begin() {
        try {
            enrolment = myAccount.beginSecondFactor();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void enable() {
        if (enrolment == null) {
            Messages.error("error.mfa.enrolmentExpired");
            return;
        }
        try {
            recoveryCodes = myAccount.enableSecondFactor(password == null ? "" : password, enrolment.sealed(),
                    code == null ? "" : code);
            enrolment = null;
            Messages.info("profile.mfa.enabled");
        } catch (AccountLocked e) {
            ProfileBacking.signOutLocked();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void disable() {
        try {
            myAccount.disableSecondFactor(password == null ? "" : password);
            Messages.info("profile.mfa.disabled");
        } catch (AccountLocked e) {
            ProfileBacking.signOutLocked();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public boolean isEnrolling() {
        return enrolment != null;
    }

    public String getQrSvg() {
        return enrolment == null ? "" : enrolment.qrSvg();
    }

    public String getSecret() {
        return enrolment == null ? "" : enrolment.secretForTyping();
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
