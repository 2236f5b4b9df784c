package eu.trustdesk.voucher.control;

import eu.trustdesk.voucher.boundary.VoucherLookup;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.activation.control.ActivationMails;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.entity.Voucher;
import eu.trustdesk.voucher.entity.VoucherCode;
import eu.trustdesk.voucher.entity.VoucherState;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Looks codes up and redeems them.
 *
 * <p>Two people redeeming one code at the same moment: the voucher's row is read with
 * {@code SELECT ... FOR UPDATE} (PESSIMISTIC_WRITE), so the second waits for the first's
 * transaction and then reads the committed state, VALID_USED, which {@link Voucher#redeem}
 * refuses. Exactly one succeeds, whatever the number of attempts; the voucher's {@code @Version}
 * stands behind the lock.
 */
@Dependent
public class VoucherRedeemer {

    @Inject
    private ActivationMails activationMails;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RedemptionThrottle throttle;

    /**
     * What the text is, without changing anything; limited per address like redemptions.
     *
     * @throws BusinessException {@code error.voucher.throttled}
     */
    public VoucherLookup lookup(String typed, eu.trustdesk.shared.Language language, String address) {
        if (!throttle.lookup(address, clock.instant())) {
            throw new BusinessException("error.voucher.throttled", RedemptionThrottle.WINDOW.toMinutes());
        }
        return lookup(typed, language);
    }

    /** What the text is, without changing anything or counting an attempt (after a refused redemption). */
    public VoucherLookup lookup(String typed, eu.trustdesk.shared.Language language) {
        Optional<String> code = VoucherCode.normalize(typed);
        if (code.isEmpty()) {
            return VoucherLookup.refused(VoucherLookup.Outcome.MALFORMED);
        }
        if (!VoucherCode.checks(code.get())) {
            return VoucherLookup.refused(VoucherLookup.Outcome.TYPO);
        }
        Optional<Voucher> found = em.createNamedQuery(Voucher.BY_CODE, Voucher.class).setParameter("code", code.get())
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return VoucherLookup.refused(VoucherLookup.Outcome.UNKNOWN);
        }
        Voucher voucher = found.get();
        VoucherState state = voucher.state() == VoucherState.VALID_UNUSED && voucher.isDue(clock.instant())
                ? VoucherState.EXPIRED : voucher.state();
        return new VoucherLookup(VoucherLookup.Outcome.valueOf(state.name()), voucher.groupedCode(), voucher.sku(),
                productName(voucher, language), voucher.validityYears(), voucher.expiresAt());
    }

    /**
     * Redeems a code for {@code redeemer}: the voucher becomes used and an activation request for
     * its product appears in the redeemer's customer area.
     *
     * @return the activation request created
     * @throws BusinessException {@code error.voucher.throttled}, or the refusal of the code
     *         ({@link VoucherLookup.Outcome#refusalKey()})
     */
    public ActivationRequest redeem(Account redeemer, String typed, String address) {
        Instant now = clock.instant();
        if (!throttle.attempt(redeemer.email(), address, now)) {
            throw new BusinessException("error.voucher.throttled", RedemptionThrottle.WINDOW.toMinutes());
        }
        Optional<String> code = VoucherCode.normalize(typed);
        if (code.isEmpty()) {
            throw new BusinessException("error.voucher.malformed");
        }
        if (!VoucherCode.checks(code.get())) {
            throw new BusinessException("error.voucher.typo");
        }
        Voucher voucher = em.createNamedQuery(Voucher.BY_CODE, Voucher.class).setParameter("code", code.get())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("error.voucher.unknown"));
        voucher.redeem(redeemer, now);
        ActivationRequest request = new ActivationRequest(voucher.order().number(), voucher.sku(),
                productName(voucher, redeemer.language()), voucher.validityYears(), redeemer.email(), redeemer, now);
        em.persist(request);
        em.flush();
        voucher.requestCreated(request.id());
        // as for a request from an order: the redeemer is told what to do next, by mail too
        activationMails.created(request);
        return request;
    }

    /** The product's name in the reader's language; the name stored at order time if it left the catalogue. */
    private String productName(Voucher voucher, eu.trustdesk.shared.Language language) {
        return em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", voucher.sku()).getResultStream()
                .findFirst().map(p -> p.name(language)).orElse(voucher.productName());
    }
}
