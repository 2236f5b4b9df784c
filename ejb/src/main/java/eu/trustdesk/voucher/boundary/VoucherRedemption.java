package eu.trustdesk.voucher.boundary;

import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.voucher.control.VoucherRedeemer;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Redeeming a voucher: anyone holding a code may see what it is for (the code is the secret); a
 * signed-in customer redeems it, which creates the certificate request in their customer area.
 */
@Stateless
public class VoucherRedemption {

    @Inject
    private VoucherRedeemer redeemer;

    @Inject
    private CallerAccount callerAccount;

    /**
     * What the code is: its product and state, or why it is not a code (typo, unknown).
     *
     * @param address the caller's network address, for the rate limit
     * @throws BusinessException {@code error.voucher.throttled}
     */
    @PermitAll
    public VoucherLookup lookup(String code, Language language, String address) {
        return redeemer.lookup(code, language, address);
    }

    /**
     * Redeems the code for the caller.
     *
     * @param address the caller's network address, for the rate limit
     * @return the id of the activation request created
     * @throws BusinessException {@code error.voucher.throttled}, {@code error.voucher.malformed},
     *         {@code error.voucher.typo}, {@code error.voucher.unknown}, {@code error.voucher.used},
     *         {@code error.voucher.expired}, {@code error.voucher.cancelled}
     */
    @RolesAllowed(Role.Names.CUSTOMER)
    public long redeem(String code, String address) {
        ActivationRequest request = redeemer.redeem(callerAccount.get(), code, address);
        return request.id();
    }
}
