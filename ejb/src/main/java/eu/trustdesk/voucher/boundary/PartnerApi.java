package eu.trustdesk.voucher.boundary;

import eu.trustdesk.account.control.SecretTokens;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.control.ApiRateLimit;
import eu.trustdesk.voucher.control.VoucherDesk;
import eu.trustdesk.voucher.control.VoucherStore;
import eu.trustdesk.voucher.entity.VoucherApiKey;
import eu.trustdesk.voucher.entity.VoucherCode;
import eu.trustdesk.voucher.entity.VoucherOrder;
import eu.trustdesk.voucher.entity.VoucherPartner;
import eu.trustdesk.voucher.entity.VoucherState;
import eu.trustdesk.voucher.entity.Voucher;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The partner API's entry point. Callers are not signed in: each call carries an API key, whose
 * hash names the partner; the same rules as the partner area then apply (feature on, only the
 * partner's own orders, another partner's order not found).
 *
 * @see ApiKeyRefused for a missing, unknown or revoked key
 */
@Stateless
@PermitAll
public class PartnerApi {

    /** Every key starts so, which lets secret scanners recognise a leaked one. */
    public static final String KEY_PREFIX = "tdv_";

    private final SecretTokens secrets = new SecretTokens();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VoucherDesk desk;

    @Inject
    private VoucherStore store;

    @Inject
    private ApiRateLimit rateLimit;

    @Inject
    private Clock clock;

    @Inject
    private eu.trustdesk.audit.control.AuditTrail audit;

    /**
     * Admits one call of the API with {@code key}, under the key's rate limit; every request of
     * the API passes here once, before anything else. A missing or malformed key is left to the
     * method called (401); a well-formed one is counted whether it exists or not.
     *
     * @throws ApiRateLimited when the key has used its calls of the current window
     */
    public void admit(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 100) {
            return;
        }
        OptionalLong wait = rateLimit.acquire(secrets.hash(key), clock.instant());
        if (wait.isPresent()) {
            throw new ApiRateLimited(rateLimit.limit(), rateLimit.windowSeconds(), wait.getAsLong());
        }
    }

    public OrderSummary place(String key, OrderForm form) {
        VoucherPartner partner = partner(key);
        VoucherOrder order = desk.place(partner, form.customerName(), form.notes(), form.lines(), form.paymentMode(),
                partner.account().language());
        return OrderSummary.of(order, Map.of(
                order.awaitingPayment() ? VoucherState.AWAITING_PAYMENT : VoucherState.VALID_UNUSED,
                (long) order.voucherCount()));
    }

    public List<OrderSummary> orders(String key, int first, int max) {
        List<VoucherOrder> orders = desk.orders(partner(key), Math.max(first, 0), Math.min(Math.max(max, 1), 500));
        var counts = store.countsByState(orders.stream().map(VoucherOrder::id).toList());
        return orders.stream().map(o -> OrderSummary.of(o, counts.get(o.id()))).toList();
    }

    public OrderSummary order(String key, String number) {
        VoucherOrder order = desk.orderByNumber(partner(key), number);
        return OrderSummary.of(order, store.countsByState(List.of(order.id())).get(order.id()));
    }

    public List<VoucherRow> vouchers(String key, String number) {
        VoucherOrder order = desk.orderByNumber(partner(key), number);
        String base = desk.redemptionBase();
        return desk.vouchers(order).stream().map(v -> VoucherRow.of(v, base)).toList();
    }

    /** Checks the key and the order before anything is written, so that a refusal is still a clean status code. */
    public void checkOrder(String key, String number) {
        desk.orderByNumber(partner(key), number);
    }

    public void writeCsv(String key, String number, Writer out) {
        desk.writeCsv(desk.orderByNumber(partner(key), number), out);
    }

    /** Whether the order can be cancelled now, with every condition that fails, before the partner tries. */
    public Cancellation cancellation(String key, String number) {
        VoucherOrder order = desk.orderByNumber(partner(key), number);
        return Cancellation.of(order.number(), order.cancellableUntil(), desk.cancellationRefusals(order));
    }

    public OrderSummary cancel(String key, String number) {
        VoucherPartner partner = partner(key);
        VoucherOrder order = desk.cancel(desk.orderByNumber(partner, number));
        em.flush();
        audit.record(partner.account().email(), "voucher.orderCancelled", VoucherPayments.SUBJECT, order.id(),
                order.number() + " (API key " + key.substring(0, PartnerApi.KEY_PREFIX.length() + 6) + "…)");
        return OrderSummary.of(order, store.countsByState(List.of(order.id())).get(order.id()));
    }

    /** The state of one of the partner's codes; another partner's code, or no code, is not found. */
    public VoucherRow code(String key, String typed) {
        VoucherPartner partner = partner(key);
        Optional<String> code = VoucherCode.normalize(typed).filter(VoucherCode::checks);
        Voucher voucher = code.flatMap(c -> em.createNamedQuery(Voucher.BY_CODE, Voucher.class).setParameter("code", c)
                .getResultStream().findFirst()).filter(v -> v.partnerAccountId() == partner.account().id())
                .orElseThrow(() -> new BusinessException("error.notFound"));
        return VoucherRow.of(voucher, desk.redemptionBase());
    }

    /** The partner a key belongs to, when the key is active and the partner has the feature. */
    private VoucherPartner partner(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 100) {
            throw new ApiKeyRefused();
        }
        VoucherApiKey apiKey = em.createNamedQuery(VoucherApiKey.BY_HASH, VoucherApiKey.class)
                .setParameter("hash", secrets.hash(key)).getResultStream().filter(VoucherApiKey::active).findFirst()
                .orElseThrow(ApiKeyRefused::new);
        Account account = em.find(Account.class, apiKey.partnerAccountId());
        if (account == null || !account.maySignIn()) {
            throw new ApiKeyRefused();
        }
        return desk.enabledPartner(account.id());
    }
}
