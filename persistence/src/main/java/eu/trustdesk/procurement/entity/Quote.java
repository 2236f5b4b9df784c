package eu.trustdesk.procurement.entity;

import eu.trustdesk.shared.PhoneNumber;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.ordering.entity.CustomerOrder.LineFacts;
import eu.trustdesk.ordering.entity.OrderVat;
import eu.trustdesk.ordering.entity.Payer;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
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

/**
 * A priced offer to a confirmed public body, valid one month: the first step of
 * QUOTE &gt; ORIGINAL PURCHASE ORDER &gt; DELIVERY NOTE &gt; INVOICE.
 *
 * <p>It copies what the body's documents need when it is issued (quote-header address, delivery
 * address, named contact, payer, lines, VAT, totals), so a later change of the account does not
 * change a quote already sent. Its state moves only through {@link #preOrder}, {@link #expire},
 * {@link #convert} and {@link #cancel}, which refuse what the procedure does not allow.
 */
@Entity
@Table(name = "price_quote")
@NamedQuery(name = Quote.OF_BUYER, query = "select q from Quote q where q.buyer = :buyer order by q.issuedAt desc, q.id desc")
@NamedQuery(name = Quote.BY_NUMBER, query = "select q from Quote q where q.number = :number")
@NamedQuery(name = Quote.SEARCH, query = "select q from Quote q where lower(q.number) like :text"
        + " or lower(q.organisationName) like :text or lower(q.purchaseOrder.number) like :text order by q.id desc")
@NamedQuery(name = Quote.PAST_VALIDITY, query = "select q.id from Quote q where q.status = eu.trustdesk.procurement.entity.QuoteStatus.VALID"
        + " and q.validUntil < :today and q.id > :after order by q.id")
public class Quote {

    public static final String OF_BUYER = "Quote.ofBuyer";
    public static final String BY_NUMBER = "Quote.byNumber";
    public static final String SEARCH = "Quote.search";
    public static final String PAST_VALIDITY = "Quote.pastValidity";
    public static final int NUMBER_LENGTH = 20;
    public static final int REASON_LENGTH = 500;
    /** How long a quote binds the seller. */
    public static final int VALIDITY_MONTHS = 1;
    /** The phone numbers an order's applicant may give. */

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", unique = true, length = NUMBER_LENGTH)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "buyer_account_id", nullable = false)
    private Account buyer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "organisation_name", nullable = false, length = Organisation.NAME_LENGTH)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = Language.CODE_LENGTH)
    private Language language;

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "header_line1"))
    @AttributeOverride(name = "line2", column = @Column(name = "header_line2"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "header_postal_code"))
    @AttributeOverride(name = "city", column = @Column(name = "header_city"))
    @AttributeOverride(name = "province", column = @Column(name = "header_province"))
    @AttributeOverride(name = "country", column = @Column(name = "header_country"))
    private PostalAddress headerAddress;

    @Column(name = "delivery_recipient", length = 120)
    private String deliveryRecipient;

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "delivery_line1"))
    @AttributeOverride(name = "line2", column = @Column(name = "delivery_line2"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "delivery_postal_code"))
    @AttributeOverride(name = "city", column = @Column(name = "delivery_city"))
    @AttributeOverride(name = "province", column = @Column(name = "delivery_province"))
    @AttributeOverride(name = "country", column = @Column(name = "delivery_country"))
    private PostalAddress deliveryAddress;

    @Column(name = "delivery_phone", length = 30)
    private String deliveryPhone;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "contact_name"))
    @AttributeOverride(name = "email", column = @Column(name = "contact_email"))
    @AttributeOverride(name = "phone", column = @Column(name = "contact_phone"))
    private Contact contact;

    /** The buyer's phone, for the delivery and the certificate requests of the order. */
    @Column(name = "applicant_phone", nullable = false, length = 30)
    private String applicantPhone;

    @Embedded
    private Payer payer;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuoteLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "quote_vat", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderBy("rate")
    private List<OrderVat> vatBreakdown = new ArrayList<>();

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "total_excluding_vat", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalExcludingVat;

    @Column(name = "total_vat", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalVat;

    @Column(name = "total_including_vat", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalIncludingVat;

    @Column(name = "terms_version", nullable = false, length = 20)
    private String termsVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private QuoteStatus status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    /** Last day the quote can be accepted (inclusive). */
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    /** When the customer pre-ordered by e-mail: physical goods are held from then on. */
    @Column(name = "reserved_at")
    private Instant reservedAt;

    /** When the held goods went back to stock or left with the shipment: never twice. */
    @Column(name = "reservation_released_at")
    private Instant reservationReleasedAt;

    @Embedded
    private PurchaseOrderReceipt purchaseOrder;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "order_number", length = 20)
    private String orderNumber;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 254)
    private String closedBy;

    @Column(name = "cancel_reason", length = REASON_LENGTH)
    private String cancelReason;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf")
    private byte[] pdf;

    @Version
    private long version;

    protected Quote() {
        // for JPA
    }

    /** A quote issued {@code now} ({@code today} in the seller's calendar), valid one month. */
    public Quote(Account buyer, Organisation organisation, Language language, String deliveryRecipient,
            PostalAddress deliveryAddress, String deliveryPhone, String applicantPhone, Payer payer, PriceSummary prices, List<LineFacts> facts,
            String termsVersion, Instant now, LocalDate today) {
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (!organisation.isConfirmedPublicBody()) {
            throw new BusinessException("error.quote.publicBodiesOnly");
        }
        if (organisation.quoteHeaderAddress() == null) {
            throw new BusinessException("error.quote.headerAddressRequired", organisation.name());
        }
        if (prices.lines().isEmpty()) {
            throw new BusinessException("error.cart.empty");
        }
        this.organisationName = organisation.name();
        this.language = Objects.requireNonNull(language, "language");
        this.headerAddress = organisation.quoteHeaderAddress();
        this.contact = organisation.contact();
        this.deliveryRecipient = deliveryRecipient;
        this.deliveryAddress = deliveryAddress == null ? organisation.quoteHeaderAddress() : deliveryAddress;
        this.deliveryPhone = deliveryPhone;
        this.applicantPhone = PhoneNumber.checked(applicantPhone, "error.applicant.phone");
        this.payer = Objects.requireNonNull(payer, "payer");
        this.currency = prices.currency();
        for (int i = 0; i < prices.lines().size(); i++) {
            PricedLine line = prices.lines().get(i);
            LineFacts fact = facts.get(i);
            lines.add(new QuoteLine(this, i + 1, line.sku(), line.description(), fact.validityYears(), line.quantity(),
                    line.unitPrice(), line.grossAmount(), line.allowance(), line.netAmount(), line.vatRate(),
                    fact.needsActivation(), fact.shipped()));
        }
        prices.vatBreakdown().forEach(v -> vatBreakdown.add(new OrderVat(v.rate(), v.taxableAmount(), v.taxAmount())));
        this.totalExcludingVat = prices.totalExcludingVat();
        this.totalVat = prices.totalVat();
        this.totalIncludingVat = prices.totalIncludingVat();
        this.termsVersion = Objects.requireNonNull(termsVersion, "termsVersion");
        this.status = QuoteStatus.VALID;
        this.issuedAt = Objects.requireNonNull(now, "now");
        this.validUntil = today.plusMonths(VALIDITY_MONTHS);
    }

    /** The number printed on the quote; given once it has its id. */
    public void assignNumber(String quoteNumber) {
        if (number != null) {
            throw new IllegalStateException("A quote keeps its number");
        }
        this.number = quoteNumber;
    }

    public void attachPdf(byte[] document) {
        this.pdf = document.clone();
    }

    /** Whether the month has passed on {@code today}, whatever the nightly job has done yet. */
    public boolean isPastValidity(LocalDate today) {
        return today.isAfter(validUntil);
    }

    /** The state as the customer sees it: a valid quote past its month is expired even before the nightly run. */
    public QuoteStatus statusOn(LocalDate today) {
        return status == QuoteStatus.VALID && isPastValidity(today) ? QuoteStatus.EXPIRED : status;
    }

    /**
     * The customer pre-orders by e-mail: the physical goods will be held until the quote expires
     * or is converted. Once per quote, and only while it is valid.
     */
    public void preOrder(Instant now, LocalDate today) {
        requireOpen(today);
        if (reservedAt != null) {
            throw new BusinessException("error.quote.alreadyPreOrdered", number);
        }
        reservedAt = now;
    }

    /** Whether goods are held for this quote right now. */
    public boolean holdsReservation() {
        return reservedAt != null && reservationReleasedAt == null;
    }

    /**
     * The month is over: the quote expires. Returns whether goods were held and must go back to
     * stock; a second call is refused, so they go back once.
     */
    public boolean expire(Instant now, LocalDate today) {
        if (status != QuoteStatus.VALID) {
            throw new IllegalStateException("Quote " + number + " is " + status + ", it cannot expire");
        }
        if (!isPastValidity(today)) {
            throw new IllegalStateException("Quote " + number + " is valid until " + validUntil);
        }
        status = QuoteStatus.EXPIRED;
        closedAt = now;
        closedBy = "system";
        return endReservation(now);
    }

    /**
     * The ORIGINAL purchase order arrived: the quote becomes an order. Refused when the month is
     * over (the body must ask for a new quote) or the quote is no longer valid.
     */
    public void convert(PurchaseOrderReceipt receipt, Instant now, LocalDate today) {
        Objects.requireNonNull(receipt, "receipt");
        requireOpen(today);
        purchaseOrder = receipt;
        status = QuoteStatus.CONVERTED;
        closedAt = now;
        closedBy = receipt.recordedBy();
    }

    /** The order the quote became. */
    public void convertedInto(long order, String orderNo) {
        if (status != QuoteStatus.CONVERTED || orderId != null) {
            throw new IllegalStateException("Quote " + number + " is " + status);
        }
        this.orderId = order;
        this.orderNumber = orderNo;
    }

    /** Withdrawn before it was converted; returns whether held goods must go back to stock. */
    public boolean cancel(String actor, String reason, Instant now) {
        if (status != QuoteStatus.VALID) {
            throw new BusinessException("error.quote.notValid", number);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_LENGTH) {
            throw new BusinessException("error.quote.reasonRequired", REASON_LENGTH);
        }
        status = QuoteStatus.CANCELLED;
        cancelReason = reason.strip();
        closedAt = now;
        closedBy = actor;
        return endReservation(now);
    }

    /** The goods leave with the shipment of the converted quote; returns whether they had been held. */
    public boolean shipReservation(Instant now) {
        if (status != QuoteStatus.CONVERTED) {
            throw new BusinessException("error.delivery.notConverted", number);
        }
        return endReservation(now);
    }

    private boolean endReservation(Instant now) {
        if (!holdsReservation()) {
            return false;
        }
        reservationReleasedAt = now;
        return true;
    }

    /** Refuses, with the reason, a quote that can no longer be accepted on {@code today}. */
    public void requireOpen(LocalDate today) {
        if (status == QuoteStatus.EXPIRED || status == QuoteStatus.VALID && isPastValidity(today)) {
            throw new BusinessException("error.quote.expired", number, validUntil.toString());
        }
        if (status != QuoteStatus.VALID) {
            throw new BusinessException("error.quote.notValid", number);
        }
    }

    public List<QuoteLine> shippedLines() {
        return lines.stream().filter(QuoteLine::shipped).toList();
    }

    public boolean ownedBy(Account account) {
        return buyer.id().equals(account.id());
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

    public Organisation organisation() {
        return organisation;
    }

    public String organisationName() {
        return organisationName;
    }

    public Language language() {
        return language;
    }

    public PostalAddress headerAddress() {
        return headerAddress;
    }

    public String deliveryRecipient() {
        return deliveryRecipient;
    }

    public PostalAddress deliveryAddress() {
        return deliveryAddress;
    }

    public String deliveryPhone() {
        return deliveryPhone;
    }

    public String applicantPhone() {
        return applicantPhone;
    }

    public Contact contact() {
        return contact;
    }

    public Payer payer() {
        return payer;
    }

    public List<QuoteLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<OrderVat> vatBreakdown() {
        return Collections.unmodifiableList(vatBreakdown);
    }

    public String currency() {
        return currency;
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

    public String termsVersion() {
        return termsVersion;
    }

    public QuoteStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Instant reservedAt() {
        return reservedAt;
    }

    public Instant reservationReleasedAt() {
        return reservationReleasedAt;
    }

    public PurchaseOrderReceipt purchaseOrder() {
        return purchaseOrder;
    }

    public Long orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public byte[] pdf() {
        return pdf == null ? null : pdf.clone();
    }
}
