package eu.trustdesk.voucher.view;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.boundary.VoucherRedemption;
import eu.trustdesk.voucher.boundary.VoucherLookup;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code redeem.xhtml[?code=...]}: a voucher's redemption URL, and the form where a customer types
 * a code. Anyone sees what the code is for and whether it can be used; a visitor is asked to sign
 * in (and comes back here) or to create an account; a signed-in customer requests the
 * certificate, which lands in "My certificate requests".
 */
@Named
@ViewScoped
public class RedeemBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private VoucherRedemption redemption;

    @Inject
    private LanguageBacking language;

    @Inject
    private SecurityContext security;

    private String code;
    private VoucherLookup lookup;

    /** {@code f:viewAction}: what the code in the URL is. */
    public void load() {
        if (code != null && !code.isBlank()) {
            check();
        }
    }

    public void check() {
        try {
            lookup = redemption.lookup(code, language.getLanguage(), address());
            if (!lookup.redeemable()) {
                Messages.error(lookup.outcome().refusalKey());
            }
        } catch (BusinessException e) {
            lookup = null;
            Messages.error(e);
        }
    }

    public void redeem() {
        try {
            redemption.redeem(code, address());
            Messages.info("voucher.redeem.done", lookup == null ? "" : lookup.productName());
            Pages.redirect("/customer/requests.xhtml");
        } catch (BusinessException e) {
            Messages.error(e);
            lookup = null;
        }
    }

    private static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public boolean isCustomer() {
        return security.isCallerInRole(Role.Names.CUSTOMER);
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The sign-in page, coming back here with the code. */
    public String getSignInHref() {
        String self = "/redeem.xhtml?code=" + URLEncoder.encode(code == null ? "" : code, StandardCharsets.UTF_8);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/login.xhtml?next="
                + URLEncoder.encode(self, StandardCharsets.UTF_8);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public VoucherLookup getLookup() {
        return lookup;
    }
}
