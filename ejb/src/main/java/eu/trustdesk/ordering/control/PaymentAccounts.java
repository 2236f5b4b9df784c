package eu.trustdesk.ordering.control;

import eu.trustdesk.ordering.entity.ClientContract;
import eu.trustdesk.ordering.entity.PrepaidAccount;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.pricing.Discount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the checkout needs to know and do about how an organisation pays: its discount code, its
 * contract, its prepaid balance. One place for the checkout, so the payment rules read in one
 * piece; the controls behind it keep their own locking rules.
 */
@Dependent
public class PaymentAccounts {

    @Inject
    private CouponRedemption coupons;

    @Inject
    private PrepaidBalances prepaid;

    @Inject
    private Contracts contracts;

    /** A discount code checked for a customer's cart; refused as a customer may be told (see CouponRedemption#asCustomerSees). */
    public Discount checkCoupon(String code, String customerEmail, Set<String> skus, Instant now) {
        try {
            return coupons.check(code, customerEmail, skus, now);
        } catch (BusinessException refused) {
            throw CouponRedemption.asCustomerSees(refused, code);
        }
    }

    public Discount redeemCoupon(String code, String customerEmail, Set<String> skus, String orderNumber, Instant now) {
        try {
            return coupons.redeem(code, customerEmail, skus, orderNumber, now);
        } catch (BusinessException refused) {
            throw CouponRedemption.asCustomerSees(refused, code);
        }
    }

    public Optional<String> activeContractNumber(long organisationId, LocalDate day) {
        return contracts.activeFor(organisationId, day).map(ClientContract::number);
    }

    public Optional<BigDecimal> prepaidBalance(long organisationId) {
        return prepaid.accountOf(organisationId).map(PrepaidAccount::balance);
    }

    public void debitPrepaid(long organisationId, BigDecimal amount, String orderNumber) {
        prepaid.debit(organisationId, amount, orderNumber);
    }
}
