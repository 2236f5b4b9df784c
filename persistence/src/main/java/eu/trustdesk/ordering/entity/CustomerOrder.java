package eu.trustdesk.ordering.entity;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.shared.pricing.PricedLine;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An order of the shop, with its three parties: the buyer (the signed-in account, acting for one
 * of its organisations), the applicant (who will fill in the certificate request) and the payer
 * (on the invoice). Lines and totals are fixed when it is submitted; afterwards only its status
 * moves, through methods that refuse what the lifecycle does not allow, each step recorded in its
 * history.
 */
@Entity
@Table(name = "customer_order")
@NamedQuery(name = CustomerOrder.BY_NUMBER, query = "select o from CustomerOrder o where o.number = :number")
@NamedQuery(name = CustomerOrder.OF_BUYER,
        query = "select o from CustomerOrder o where o.buyer = :buyer order by o.submittedAt desc")
public class CustomerOrder {

    public static final String BY_NUMBER = "CustomerOrder.byNumber";
    public static final String OF_BUYER = "CustomerOrder.ofBuyer";
    public static final int NUMBER_LENGTH = 20;
    /** As long as the invoice can carry them. */
    public static final int SERVICE_CODE_LENGTH = 100;
    public static final int COMMITMENT_LENGTH = 50;
    public static final int DELIVERY_RECIPIENT_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", unique = true, length = NUMBER_LENGTH)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "buyer_account_id", nullable = false)
    private Account buyer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "buyer_organisation_id", nullable = false)
    private Organisation buyerOrganisation;

    @Embedded
    private Applicant applicant;

    @Column(name = "buyer_is_applicant", nullable = false)
    private boolean buyerIsApplicant;

    @Embedded
    private Payer payer;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "order_vat", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("rate")
    private List<OrderVat> vatBreakdown = new ArrayList<>();

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "coupon_code", length = 30)
    private String couponCode;

    @Column(name = "discount_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal discountTotal;

    @Column(name = "total_excluding_vat", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalExcludingVat;

    @Column(name = "total_vat", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalVat;

    @Column(name = "total_including_vat", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalIncludingVat;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_mode", nullable = false, length = 30)
    private PaymentMode paymentMode;

    /** Chorus Pro service code of a public payer (EN 16931 BT-10). */
    @Column(name = "service_code", length = SERVICE_CODE_LENGTH)
    private String serviceCode;

    /** Commitment number of a public payer (numéro d'engagement, BT-13). */
    @Column(name = "commitment_number", length = COMMITMENT_LENGTH)
    private String commitmentNumber;

    /** Client contract the order goes onto (BT-12). */
    @Column(name = "contract_number", length = 30)
    private String contractNumber;

    @Column(name = "terms_version", nullable = false, length = 20)
    private String termsVersion;

    @Column(name = "terms_accepted_at", nullable = false)
    private Instant termsAcceptedAt;

    @Column(name = "terms_accepted_from", length = 45)
    private String termsAcceptedFrom;

    /**
     * Where the goods that ship (tokens, readers) go, copied at checkout from the address chosen so
     * that a later change of the organisation's addresses does not move a parcel already sent; null
     * when nothing ships (and for orders placed before it was recorded).
     */
    @Column(name = "delivery_recipient", length = DELIVERY_RECIPIENT_LENGTH)
    private String deliveryRecipient;

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "delivery_line1"))
    @AttributeOverride(name = "line2", column = @Column(name = "delivery_line2"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "delivery_postal_code"))
    @AttributeOverride(name = "city", column = @Column(name = "delivery_city"))
    @AttributeOverride(name = "province", column = @Column(name = "delivery_province"))
    @AttributeOverride(name = "country", column = @Column(name = "delivery_country"))
    private PostalAddress deliveryAddress;

    /** The terms exactly as the buyer accepted them; null for orders placed before they were kept. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "terms_document_id")
    private TermsOfSaleVersion termsDocument;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private OrderStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "invoice_number", length = 20)
    private String invoiceNumber;

    /** The purchase-order PDF as given to the buyer at submission. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "purchase_order_pdf")
    private byte[] purchaseOrderPdf;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("occurredAt")
    private List<OrderEvent> history = new ArrayList<>();

    /** The transfers or cheques received so far, in the order they were recorded. */
    @ElementCollection
    @CollectionTable(name = "order_payment", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("recordedAt")
    private List<ReceivedPayment> payments = new ArrayList<>();

    @Version
    private long version;

    protected CustomerOrder() {
        // for JPA
    }

    /**
     * A submitted order. Its status follows the payment mode: accepted at once when nothing is
     * left to wait for, otherwise waiting for the payment.
     */
    public CustomerOrder(Account buyer, Organisation buyerOrganisation, Applicant applicant, boolean buyerIsApplicant,
            Payer payer, PriceSummary prices, List<LineFacts> facts, String couponCode, PaymentMode paymentMode,
            String termsVersion, String termsAcceptedFrom, Instant now) {
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.buyerOrganisation = Objects.requireNonNull(buyerOrganisation, "buyerOrganisation");
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.buyerIsApplicant = buyerIsApplicant;
        this.payer = Objects.requireNonNull(payer, "payer");
        if (prices.lines().isEmpty()) {
            throw new BusinessException("error.cart.empty");
        }
        this.currency = prices.currency();
        for (int i = 0; i < prices.lines().size(); i++) {
            PricedLine line = prices.lines().get(i);
            LineFacts fact = facts.get(i);
            lines.add(new OrderLine(this, i + 1, line.sku(), line.description(), fact.validityYears(), line.quantity(),
                    line.unitPrice(), line.grossAmount(), line.allowance(), line.netAmount(), line.vatRate(),
                    fact.needsActivation(), fact.shipped()));
        }
        prices.vatBreakdown().forEach(v -> vatBreakdown.add(new OrderVat(v.rate(), v.taxableAmount(), v.taxAmount())));
        this.couponCode = couponCode;
        this.discountTotal = prices.discountTotal();
        this.totalExcludingVat = prices.totalExcludingVat();
        this.totalVat = prices.totalVat();
        this.totalIncludingVat = prices.totalIncludingVat();
        this.paymentMode = Objects.requireNonNull(paymentMode, "paymentMode");
        if (paymentMode == PaymentMode.CARD) {
            throw new BusinessException("error.payment.cardUnavailable");
        }
        if (prices.isZero() != (paymentMode == PaymentMode.NONE)) {
            throw new BusinessException(prices.isZero() ? "error.payment.nothingToPay" : "error.payment.modeRequired");
        }
        this.termsVersion = Objects.requireNonNull(termsVersion, "termsVersion");
        this.termsAcceptedAt = now;
        this.termsAcceptedFrom = termsAcceptedFrom;
        this.submittedAt = now;
        this.status = OrderStatus.AWAITING_PAYMENT;
        record(now, buyer.email(), "submitted", paymentMode.name());
        if (paymentMode.acceptedAtOnce()) {
            accept(now, buyer.email());
        }
    }

    /** What an order line needs to know of its product besides its price. */
    public record LineFacts(int validityYears, boolean needsActivation, boolean shipped) {
    }

    /** The number shown to everybody; given once the order has its id. */
    public void assignNumber(String orderNumber) {
        if (number != null) {
            throw new IllegalStateException("An order keeps its number");
        }
        this.number = orderNumber;
    }

    /** The references a public payer's accounting needs on the invoice (EN 16931 BT-10 and BT-13). */
    public void publicPaymentReferences(String chorusServiceCode, String commitment) {
        String code = blankToNull(chorusServiceCode);
        String engagement = blankToNull(commitment);
        if (code != null && code.length() > SERVICE_CODE_LENGTH) {
            throw new BusinessException("error.invoice.buyerReference", SERVICE_CODE_LENGTH);
        }
        if (engagement != null && engagement.length() > COMMITMENT_LENGTH) {
            throw new BusinessException("error.invoice.purchaseOrderReference", COMMITMENT_LENGTH);
        }
        this.serviceCode = code;
        this.commitmentNumber = engagement;
    }

    public void onContract(String contract) {
        this.contractNumber = contract;
    }

    public void attachPurchaseOrder(byte[] pdf) {
        this.purchaseOrderPdf = pdf.clone();
    }

    /**
     * A transfer or cheque arrived for the order, as the bank statement shows it. The order stays
     * waiting while part of its total is missing and is accepted by the payment that completes it;
     * entitlement (activation, invoice) follows from that acceptance only.
     *
     * @return whether the order is now fully paid, hence accepted
     * @throws BusinessException {@code error.order.notAwaitingPayment}, or the refusal of
     *         {@link ReceivedPayment#of} (amount, overpayment, date, reference)
     */
    public boolean recordPayment(BigDecimal amount, LocalDate receivedOn, String bankReference, String accountant,
            Instant now) {
        if (status != OrderStatus.AWAITING_PAYMENT) {
            throw new BusinessException("error.order.notAwaitingPayment");
        }
        ReceivedPayment payment = ReceivedPayment.of(amount, receivedOn, bankReference, accountant, now,
                amountRemaining(), BusinessCalendar.dayOf(submittedAt));
        payments.add(payment);
        record(now, accountant, "paymentReceived", payment.bankReference());
        if (amountRemaining().signum() == 0) {
            accept(now, accountant);
            return true;
        }
        return false;
    }

    /** Everything received so far. */
    public BigDecimal amountPaid() {
        return payments.stream().map(ReceivedPayment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** What the order still waits for: nothing once it is accepted (or was never to be paid by transfer or cheque). */
    public BigDecimal amountRemaining() {
        if (status != OrderStatus.AWAITING_PAYMENT) {
            return BigDecimal.ZERO.setScale(2);
        }
        return totalIncludingVat.subtract(amountPaid());
    }

    /** The day the last payment arrived, which settled the order; null when nothing was received. */
    public LocalDate paidOn() {
        return payments.stream().map(ReceivedPayment::receivedOn).max(LocalDate::compareTo).orElse(null);
    }

    public List<ReceivedPayment> payments() {
        return Collections.unmodifiableList(payments);
    }

    /** Cancels an order that is still waiting for its money. */
    public void cancel(String actor, String reason, Instant now) {
        if (status != OrderStatus.AWAITING_PAYMENT && status != OrderStatus.AWAITING_PURCHASE_ORDER) {
            throw new BusinessException("error.order.notCancellable");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.order.reasonRequired");
        }
        status = OrderStatus.CANCELLED;
        record(now, actor, "cancelled", reason.strip());
    }

    public void fulfil(String actor, Instant now) {
        if (status != OrderStatus.ACCEPTED) {
            throw new BusinessException("error.order.notAccepted");
        }
        status = OrderStatus.FULFILLED;
        record(now, actor, "fulfilled", null);
    }

    public void invoiced(String invoice, Instant now) {
        this.invoiceNumber = invoice;
        record(now, "system", "invoiced", invoice);
    }

    private void accept(Instant now, String actor) {
        status = OrderStatus.ACCEPTED;
        acceptedAt = now;
        record(now, actor, "accepted", null);
    }

    public void record(Instant now, String actor, String type, String detail) {
        history.add(new OrderEvent(this, now, actor, type, detail));
    }

    public boolean isAccepted() {
        return status == OrderStatus.ACCEPTED || status == OrderStatus.FULFILLED;
    }

    public boolean placedBy(Account account) {
        return buyer.id().equals(account.id());
    }

    public List<OrderLine> linesWhere(Predicate<OrderLine> condition) {
        return lines.stream().filter(condition).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Account buyer() {
        return buyer;
    }

    public Organisation buyerOrganisation() {
        return buyerOrganisation;
    }

    public Applicant applicant() {
        return applicant;
    }

    public boolean buyerIsApplicant() {
        return buyerIsApplicant;
    }

    public Payer payer() {
        return payer;
    }

    public List<OrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<OrderVat> vatBreakdown() {
        return Collections.unmodifiableList(vatBreakdown);
    }

    public String currency() {
        return currency;
    }

    public String couponCode() {
        return couponCode;
    }

    public BigDecimal discountTotal() {
        return discountTotal;
    }

    public BigDecimal totalExcludingVat() {
        return totalExcludingVat;
    }

    public BigDecimal totalVat() {
        return totalVat;
    }

    public BigDecimal totalIncludingVat() {
        return totalIncludingVat;
    }

    public PaymentMode paymentMode() {
        return paymentMode;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String commitmentNumber() {
        return commitmentNumber;
    }

    public String contractNumber() {
        return contractNumber;
    }

    public String termsVersion() {
        return termsVersion;
    }

    /** Records where the goods that ship go; refused when nothing of the order ships. */
    public void shipTo(String recipient, PostalAddress address) {
        if (!ships()) {
            throw new IllegalStateException("nothing of order " + number + " ships");
        }
        Objects.requireNonNull(address, "address");
        String name = recipient == null || recipient.isBlank() ? payer.name() : recipient.strip();
        this.deliveryRecipient = name.length() > DELIVERY_RECIPIENT_LENGTH ? name.substring(0, DELIVERY_RECIPIENT_LENGTH)
                : name;
        this.deliveryAddress = address;
    }

    /** True when a line of the order is goods sent by post. */
    public boolean ships() {
        return lines.stream().anyMatch(OrderLine::shipped);
    }

    public String deliveryRecipient() {
        return deliveryRecipient;
    }

    public PostalAddress deliveryAddress() {
        return deliveryAddress;
    }

    /**
     * Links the document of the terms the buyer accepted. It must be of the version recorded on the
     * order, and once linked it never changes: it is the evidence of what was agreed.
     */
    public void acceptedTerms(TermsOfSaleVersion document) {
        Objects.requireNonNull(document, "document");
        if (!document.version().equals(termsVersion)) {
            throw new IllegalArgumentException("terms " + document.version() + " offered, " + termsVersion + " accepted");
        }
        if (termsDocument != null && termsDocument != document) {
            throw new IllegalStateException("the terms accepted on order " + number + " are already linked");
        }
        termsDocument = document;
    }

    public TermsOfSaleVersion termsDocument() {
        return termsDocument;
    }

    public Instant termsAcceptedAt() {
        return termsAcceptedAt;
    }

    public OrderStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public byte[] purchaseOrderPdf() {
        return purchaseOrderPdf == null ? null : purchaseOrderPdf.clone();
    }

    public List<OrderEvent> history() {
        return Collections.unmodifiableList(history);
    }
}
