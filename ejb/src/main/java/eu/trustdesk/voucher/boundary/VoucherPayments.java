package eu.trustdesk.voucher.boundary;

import eu.trustdesk.shared.Links;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.voucher.control.VoucherStore;
import eu.trustdesk.voucher.entity.VoucherOrder;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accountant's side of partner voucher orders paid by transfer: which ones still wait for
 * their money, and recording a transfer received. The payment that completes an order makes its
 * vouchers redeemable; the partner is told by mail either way, in their language.
 */
@Stateless
@RolesAllowed({Role.Names.ACCOUNTANT, Role.Names.ADMIN})
public class VoucherPayments {

    static final String SUBJECT = "VoucherOrder";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private VoucherStore store;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    /** Orders still waiting for (part of) their transfer, the oldest first. */
    public List<OrderSummary> awaiting() {
        List<VoucherOrder> orders = em.createQuery("select o from VoucherOrder o where o.awaitingPayment = true"
                + " order by o.orderedAt, o.id", VoucherOrder.class).setMaxResults(500).getResultList();
        var counts = store.countsByState(orders.stream().map(VoucherOrder::id).toList());
        return orders.stream().map(o -> OrderSummary.of(o, counts.get(o.id()))).toList();
    }

    /**
     * A transfer arrived for the voucher order {@code number}.
     *
     * @return whether the order is now paid in full (its vouchers redeemable)
     * @throws BusinessException {@code error.notFound}, {@code error.voucher.order.notAwaitingPayment},
     *         {@code error.payment.amount}, {@code error.payment.overpayment}, {@code error.payment.date},
     *         {@code error.payment.reference}
     */
    public boolean recordPayment(String number, BigDecimal amount, LocalDate receivedOn, String bankReference) {
        VoucherOrder order = em.createQuery("select o from VoucherOrder o where o.number = :number", VoucherOrder.class)
                .setParameter("number", number == null ? "" : number.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound"));
        String accountant = session.getCallerPrincipal().getName();
        boolean complete = order.recordPayment(amount, receivedOn, bankReference, accountant, clock.instant());
        if (complete) {
            store.releaseAwaitingPayment(order);
        }
        audit.record(accountant, "voucher.payment", SUBJECT, order.id(), amount + " " + bankReference.strip());
        Account partner = em.find(Account.class, order.partnerAccountId());
        Language language = partner.language();
        DocumentTexts texts = DocumentTexts.of(DocumentBundle.SHOP, language);
        outbox.queue(partner.email(), language, complete ? "voucher.paymentReceived" : "voucher.paymentPartial",
                partner.firstName(), Links.join(baseUrl, "partner/vouchers/order.xhtml?id=" + order.id()),
                order.number(), texts.money(amount, order.currency()), texts.date(receivedOn),
                texts.money(order.amountRemaining(), order.currency()));
        return complete;
    }
}
