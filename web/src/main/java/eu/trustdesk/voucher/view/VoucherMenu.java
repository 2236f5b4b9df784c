package eu.trustdesk.voucher.view;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.voucher.boundary.PartnerVouchers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** Whether the partner area offers the voucher pages: only to partners with the feature (the filter and boundary enforce it). */
@Named
@RequestScoped
public class VoucherMenu {

    @Inject
    private SecurityContext security;

    @EJB
    private PartnerVouchers vouchers;

    private Boolean enabled;

    public boolean isEnabled() {
        if (enabled == null) {
            enabled = security.isCallerInRole(Role.Names.PARTNER) && vouchers.enabled();
        }
        return enabled;
    }
}
