package eu.trustdesk.voucher.boundary;

import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.control.SecretTokens;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.ordering.boundary.PaymentOption;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.voucher.control.VoucherDesk;
import eu.trustdesk.voucher.control.VoucherPricing;
import eu.trustdesk.voucher.control.VoucherStore;
import eu.trustdesk.voucher.entity.VoucherApiKey;
import eu.trustdesk.voucher.entity.VoucherOrder;
import eu.trustdesk.voucher.entity.VoucherPartner;
import eu.trustdesk.voucher.entity.VoucherState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The signed-in partner's vouchers: price list, orders, codes, CSV, PDF, cancellation, API keys.
 * Every method first checks that an administrator switched the feature on for the caller
 * ({@code VoucherFeatureOff} otherwise, a 403 for the web); another partner's order is not found.
 */
@Stateless
@RolesAllowed(Role.Names.PARTNER)
public class PartnerVouchers {

    /** How many orders the list shows, newest first. */
    public static final int LIST_SIZE = 200;
    private static final int MAX_KEYS = 20;
    /** The object type of an API key's audit rows (creation, revocation). */
    static final String API_KEY = "VoucherApiKey";

    private final SecretTokens secrets = new SecretTokens();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private VoucherDesk desk;

    @Inject
    private VoucherPricing pricing;

    @Inject
    private VoucherStore store;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** Whether the caller may use vouchers: the menu is shown only then. */
    public boolean enabled() {
        return desk.enabled(callerAccount.get().id());
    }

    public List<PriceListEntry> priceList(Language language) {
        return pricing.priceList(partner(), language);
    }

    /** The lines priced as they would be ordered (for the live total); refuses a line as the order would. */
    public PriceSummary quote(List<LineRequest> lines, Language language) {
        return pricing.price(partner(), lines, language);
    }

    /** Each payment mode a voucher order may use, allowed or refused with the shop's reason, for this total. */
    public List<PaymentOption> paymentOptions(BigDecimal total) {
        VoucherPartner partner = partner();
        return Stream.of(PaymentMode.PREPAID_ACCOUNT, PaymentMode.CLIENT_CONTRACT, PaymentMode.BANK_TRANSFER)
                .map(mode -> {
                    String refusal = desk.paymentRefusal(partner, mode, total).orElse(null);
                    return new PaymentOption(mode, refusal == null, refusal);
                }).toList();
    }

    public OrderSummary place(OrderForm form, Language language) {
        VoucherOrder order = desk.place(partner(), form.customerName(), form.notes(), form.lines(), form.paymentMode(),
                language);
        return OrderSummary.of(order, Map.of(
                order.awaitingPayment() ? VoucherState.AWAITING_PAYMENT : VoucherState.VALID_UNUSED,
                (long) order.voucherCount()));
    }

    public List<OrderSummary> orders() {
        List<VoucherOrder> orders = desk.orders(partner(), 0, LIST_SIZE);
        var counts = store.countsByState(orders.stream().map(VoucherOrder::id).toList());
        return orders.stream().map(o -> OrderSummary.of(o, counts.get(o.id()))).toList();
    }

    public OrderSummary order(long orderId) {
        VoucherOrder order = desk.order(partner(), orderId);
        return OrderSummary.of(order, store.countsByState(List.of(order.id())).get(order.id()));
    }

    public List<VoucherRow> vouchers(long orderId) {
        VoucherOrder order = desk.order(partner(), orderId);
        String base = desk.redemptionBase();
        return desk.vouchers(order).stream().map(v -> VoucherRow.of(v, base)).toList();
    }

    /** Streams the order's CSV to {@code out}. */
    public void writeCsv(long orderId, Writer out) {
        desk.writeCsv(desk.order(partner(), orderId), out);
    }

    /** The PDF voucher of one code of the order, or of all its codes when {@code code} is null. */
    public byte[] pdf(long orderId, String code, Language language) {
        return desk.pdf(desk.order(partner(), orderId), code, language);
    }

    /** Whether the order can be cancelled now, with every condition that fails: asked before offering to cancel. */
    public Cancellation cancellation(long orderId) {
        VoucherOrder order = desk.order(partner(), orderId);
        return Cancellation.of(order.number(), order.cancellableUntil(), desk.cancellationRefusals(order));
    }

    /**
     * Cancels a whole order and refunds it.
     *
     * @throws BusinessException naming the condition that fails (see {@link VoucherOrder#cancel})
     */
    public OrderSummary cancel(long orderId) {
        VoucherPartner partner = partner();
        VoucherOrder order = desk.cancel(desk.order(partner, orderId));
        em.flush();
        audit.record(partner.account().email(), "voucher.orderCancelled", VoucherPayments.SUBJECT, order.id(),
                order.number());
        return OrderSummary.of(order, store.countsByState(List.of(order.id())).get(order.id()));
    }

    public List<ApiKeyRow> apiKeys() {
        return em.createNamedQuery(VoucherApiKey.OF_PARTNER, VoucherApiKey.class)
                .setParameter("partner", partner().account().id()).getResultList().stream().map(ApiKeyRow::of).toList();
    }

    /**
     * A new API key. Its secret is returned this once; only its hash is kept.
     *
     * @throws BusinessException {@code error.voucher.apiKey.label}, {@code error.voucher.apiKey.tooMany}
     */
    public String createApiKey(String label) {
        VoucherPartner partner = partner();
        if (label == null || label.isBlank() || label.strip().length() > VoucherApiKey.LABEL_LENGTH) {
            throw new BusinessException("error.voucher.apiKey.label", VoucherApiKey.LABEL_LENGTH);
        }
        long active = apiKeys().stream().filter(ApiKeyRow::isActive).count();
        if (active >= MAX_KEYS) {
            throw new BusinessException("error.voucher.apiKey.tooMany", MAX_KEYS);
        }
        String secret = PartnerApi.KEY_PREFIX + secrets.newSecret();
        VoucherApiKey key = new VoucherApiKey(partner.account().id(), label.strip(),
                secret.substring(0, PartnerApi.KEY_PREFIX.length() + 6), secrets.hash(secret), clock.instant());
        em.persist(key);
        em.flush();
        audit.record(partner.account().email(), "voucher.apiKeyCreated", PartnerVouchers.API_KEY, key.id(),
                key.label() + " (" + key.prefix() + "…)");
        return secret;
    }

    public void revokeApiKey(long keyId) {
        VoucherApiKey key = em.find(VoucherApiKey.class, keyId);
        if (key == null || key.partnerAccountId() != partner().account().id()) {
            throw new BusinessException("error.notFound");
        }
        key.revoke(clock.instant());
        audit.record(callerAccount.get().email(), "voucher.apiKeyRevoked", PartnerVouchers.API_KEY, keyId,
                key.label() + " (" + key.prefix() + "…)");
    }

    private VoucherPartner partner() {
        return desk.enabledPartner(callerAccount.get().id());
    }
}
