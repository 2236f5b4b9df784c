package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.AccountDirectory;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.entity.AuditEvent;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;

/**
 * {@code console/account.xhtml?id=N}: one account as the back office sees it, with its second
 * factor; an administrator may reset another account's second factor (phone and recovery codes
 * lost). The boundary checks the role and refuses one's own account; the button only follows it.
 */
@Named
@ViewScoped
public class ConsoleAccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountDirectory directory;

    @Inject
    private SecurityContext securityContext;

    private Long id;
    private Account account;
    private List<AuditEvent> history;

    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            account = directory.find(id);
            history = directory.history(id);
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public void resetSecondFactor() {
        try {
            directory.resetSecondFactor(id);
            Messages.info("console.account.mfa.resetDone");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        Pages.redirect("/console/account.xhtml?id=" + id);
    }

    /** Offered to administrators, for an account with a second factor that is not their own. */
    public boolean isMayReset() {
        return account != null && account.secondFactorOn() && securityContext.isCallerInRole(Role.Names.ADMIN)
                && securityContext.getCallerPrincipal() != null
                && !account.email().equals(securityContext.getCallerPrincipal().getName());
    }

    public List<Role> getRoles() {
        return account.roles().stream().sorted().toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getAccount() {
        return account;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }
}
