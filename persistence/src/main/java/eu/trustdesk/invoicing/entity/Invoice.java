package eu.trustdesk.invoicing.entity;

import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.shared.pricing.PricedLine;
import eu.trustdesk.shared.pricing.VatSubtotal;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An invoice or a credit note, as issued: a legal document that never changes afterwards.
 *
 * <p>It is built in one go from an {@link InvoiceDraft} ({@link #issue}) or from the invoice it
 * reverses ({@link #creditNoteFor}), with its number already taken. There is no way to change an
 * amount, a line, the payer or a reference later: a wrong invoice is reversed by a credit note
 * carrying the same lines and amounts, positive, with document type 381 (EN 16931 has no negative
 * invoices). Only two things happen to it afterwards: its PDF is attached once, and the nightly
 * Chorus Pro export marks it exported.
 *
 * <p>The figures are checked against each other as EN 16931 does (line net = gross − allowance,
 * taxable amount per rate = sum of its lines, VAT rounded once per rate, totals as sums), so an
 * invoice that passes here also passes the business rules of the export.
 */
@Entity
@Table(name = "invoice")
@NamedQuery(name = Invoice.OF_BUYER,
        query = "select i from Invoice i where i.buyerEmail = :email order by i.issuedAt desc, i.id desc")
@NamedQuery(name = Invoice.COUNT_OF_BUYER, query = "select count(i) from Invoice i where i.buyerEmail = :email")
@NamedQuery(name = Invoice.CREDIT_NOTES_OF, query = "select c from Invoice c where c.creditedInvoice = :invoice")
@NamedQuery(name = Invoice.BY_NUMBER, query = "select i from Invoice i where i.number = :number")
@NamedQuery(name = Invoice.CHORUS_PENDING, query = "select i.id from Invoice i where i.payerPublicBody = true"
        + " and i.payerCountry = :country and i.exportedAt is null and i.id > :after order by i.id")
public class Invoice {

    public static final String OF_BUYER = "Invoice.ofBuyer";
    public static final String COUNT_OF_BUYER = "Invoice.countOfBuyer";
    public static final String CREDIT_NOTES_OF = "Invoice.creditNotesOf";
    public static final String BY_NUMBER = "Invoice.byNumber";
    /** Ids of invoices and credit notes for Chorus Pro (see {@link #forChorus}) not exported yet, after {@code :after}. */
    public static final String CHORUS_PENDING = "Invoice.chorusPending";

    public static final int NUMBER_LENGTH = 20;
    public static final int ORDER_NUMBER_LENGTH = 30;
    public static final int EMAIL_LENGTH = 254;
    public static final int PAYER_NAME_LENGTH = 150;
    /** Chorus Pro accepts service codes of up to 100 characters. */
    public static final int BUYER_REFERENCE_LENGTH = 100;
    /** Chorus Pro accepts commitment numbers (numéros d'engagement) of up to 50 characters. */
    public static final int PURCHASE_ORDER_LENGTH = 50;
    public static final int CONTRACT_LENGTH = 50;
    public static final int PAYMENT_TERMS_LENGTH = 500;
    public static final int REASON_LENGTH = 500;
    public static final int EXPORT_FLOW_LENGTH = 50;

    private static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = InvoiceKind.CODE_LENGTH)
    private InvoiceKind kind;

    /** BT-1. */
    @Column(name = "number", nullable = false, updatable = false, unique = true, length = NUMBER_LENGTH)
    private String number;

    /** BT-2, the date in France when it was issued. */
    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    /** BT-9; null when nothing is due or for a credit note. */
    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    /** BT-5. */
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    /** The payer's language: the language of the PDF. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, updatable = false, length = Language.CODE_LENGTH)
    private Language language;

    /** The account that placed the order; it finds the invoice in its customer area. */
    @Column(name = "buyer_email", nullable = false, updatable = false, length = EMAIL_LENGTH)
    private String buyerEmail;

    @Column(name = "order_number", nullable = false, updatable = false, length = ORDER_NUMBER_LENGTH)
    private String orderNumber;

    /** BT-10, the Chorus Pro service code of a public buyer (completed before export, see completeChorusReferences). */
    @Column(name = "buyer_reference", length = BUYER_REFERENCE_LENGTH)
    private String buyerReference;

    /** BT-13, the purchase order or commitment number (completed before export, see completeChorusReferences). */
    @Column(name = "purchase_order_reference", length = PURCHASE_ORDER_LENGTH)
    private String purchaseOrderReference;

    /** BT-12. */
    @Column(name = "contract_reference", updatable = false, length = CONTRACT_LENGTH)
    private String contractReference;

    @Embedded
    private Seller seller;

    /** BT-44. */
    @Column(name = "payer_name", nullable = false, updatable = false, length = PAYER_NAME_LENGTH)
    private String payerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer_holder_type", nullable = false, updatable = false, length = 30)
    private HolderType payerHolderType;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer_country", nullable = false, updatable = false, length = Country.CODE_LENGTH)
    private Country payerCountry;

    /** Invoices to French public bodies go to Chorus Pro. */
    @Column(name = "payer_public_body", nullable = false, updatable = false)
    private boolean payerPublicBody;

    /** BT-47 (SIRET), BT-48 (VAT number) and the Italian identifiers. */
    @Embedded
    @AttributeOverride(name = "siret", column = @Column(name = "payer_siret", length = 14))
    @AttributeOverride(name = "siren", column = @Column(name = "payer_siren", length = 9))
    @AttributeOverride(name = "vatNumber", column = @Column(name = "payer_vat_number", length = 15))
    @AttributeOverride(name = "taxCode", column = @Column(name = "payer_tax_code", length = 16))
    @AttributeOverride(name = "sdiCode", column = @Column(name = "payer_sdi_code", length = 7))
    @AttributeOverride(name = "pec", column = @Column(name = "payer_pec", length = 254))
    @AttributeOverride(name = "ipaCode", column = @Column(name = "payer_ipa_code", length = 20))
    private LegalIdentity payerIdentity;

    /** BG-8. */
    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "payer_line1"))
    @AttributeOverride(name = "line2", column = @Column(name = "payer_line2"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "payer_postal_code"))
    @AttributeOverride(name = "city", column = @Column(name = "payer_city"))
    @AttributeOverride(name = "province", column = @Column(name = "payer_province"))
    @AttributeOverride(name = "country", column = @Column(name = "payer_address_country"))
    private PostalAddress payerAddress;

    /** BG-9; may be null. */
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "payer_contact_name"))
    @AttributeOverride(name = "email", column = @Column(name = "payer_contact_email"))
    @AttributeOverride(name = "phone", column = @Column(name = "payer_contact_phone"))
    private Contact payerContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_means", updatable = false, length = PaymentMeans.NAME_LENGTH)
    private PaymentMeans paymentMeans;

    /** BT-81, UNTDID 4461, kept as issued even if the mapping of {@link PaymentMeans} changes. */
    @Column(name = "payment_means_code", updatable = false, length = PaymentMeans.CODE_LENGTH)
    private String paymentMeansCode;

    /** BT-20. */
    @Column(name = "payment_terms", updatable = false, length = PAYMENT_TERMS_LENGTH)
    private String paymentTerms;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    @OrderBy("lineNumber")
    private List<InvoiceLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "invoice_vat", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("rate")
    private List<InvoiceVat> vatBreakdown = new ArrayList<>();

    /** BT-106 = BT-109: there are no document-level allowances or charges. */
    @Column(name = "total_excluding_vat", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal totalExcludingVat;

    /** Sum of the line allowances, for the reader: already deducted from the line net amounts. */
    @Column(name = "discount_total", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal discountTotal;

    /** BT-110. */
    @Column(name = "total_vat", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal totalVat;

    /** BT-112. */
    @Column(name = "total_including_vat", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal totalIncludingVat;

    /** BT-113: the whole total when the payment means settles it at issue, else zero. */
    @Column(name = "prepaid_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal prepaidAmount;

    /**
     * The day the money arrived, for an invoice issued after its order was paid by transfer or
     * cheque: it is printed ("paid on"), and nothing is due. Null otherwise.
     */
    @Column(name = "paid_on", updatable = false)
    private LocalDate paidOn;

    /** For a credit note: the invoice it reverses (BG-3). A unique key allows one per invoice. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "credited_invoice_id", updatable = false)
    private Invoice creditedInvoice;

    /** BT-25, copied so that the credit note can be printed and exported on its own. */
    @Column(name = "credited_number", updatable = false, length = NUMBER_LENGTH)
    private String creditedNumber;

    /** BT-26. */
    @Column(name = "credited_issue_date", updatable = false)
    private LocalDate creditedIssueDate;

    @Column(name = "credit_reason", updatable = false, length = REASON_LENGTH)
    private String creditReason;

    /** Loaded only when read: lists of invoices do not carry their documents. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf")
    private byte[] pdf;

    @Column(name = "exported_at")
    private Instant exportedAt;

    /** The Chorus Pro flow (or file) the invoice was sent in. */
    @Column(name = "export_flow", length = EXPORT_FLOW_LENGTH)
    private String exportFlow;

    @Version
    private long version;

    protected Invoice() {
        // for JPA
    }

    private Invoice(InvoiceKind kind, String number, Seller seller, Instant issuedAt, LocalDate issueDate) {
        this.kind = kind;
        this.issueDate = Objects.requireNonNull(issueDate, "issueDate");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.seller = copyOf(Objects.requireNonNull(seller, "seller"));
        if (number == null || number.length() > NUMBER_LENGTH || !number.startsWith(kind.numberPrefix(issueDate.getYear()))) {
            throw new IllegalArgumentException("not a number of a " + kind + " issued in " + issueDate.getYear() + ": "
                    + number);
        }
        this.number = number;
    }

    /**
     * Issues the invoice of an order.
     *
     * @param number taken from the sequence of invoices of the issue date's year
     * @param standardPaymentTerms the payment terms text for the payment means, in the payer's
     *        language, used unless the draft brings its own
     */
    public static Invoice issue(InvoiceDraft draft, String number, Seller seller, Instant issuedAt, LocalDate issueDate,
            String standardPaymentTerms) {
        Objects.requireNonNull(draft, "draft");
        Invoice invoice = new Invoice(InvoiceKind.INVOICE, number, seller, issuedAt, issueDate);
        invoice.orderNumber = required(draft.orderNumber(), ORDER_NUMBER_LENGTH, "order number");
        invoice.buyerEmail = required(draft.buyerEmail(), EMAIL_LENGTH, "buyer e-mail").toLowerCase(Locale.ROOT);
        invoice.payer(draft.payer());
        invoice.buyerReference = reference(draft.buyerReference(), BUYER_REFERENCE_LENGTH,
                "error.invoice.buyerReference");
        invoice.purchaseOrderReference = reference(draft.purchaseOrderReference(), PURCHASE_ORDER_LENGTH,
                "error.invoice.purchaseOrderReference");
        invoice.contractReference = reference(draft.contractReference(), CONTRACT_LENGTH,
                "error.invoice.contractReference");
        invoice.figures(draft.prices(), draft.vatExemption());
        invoice.paidOn = draft.paidOn();
        invoice.payment(draft.paymentMeans(),
                draft.paymentTerms() == null || draft.paymentTerms().isBlank() ? standardPaymentTerms : draft.paymentTerms());
        if (invoice.amountDue().signum() > 0) {
            invoice.dueDate = issueDate.plusDays(draft.paymentDays());
        }
        return invoice;
    }

    /**
     * The credit note that reverses {@code original} as a whole: same payer, references, lines
     * and amounts (positive, as EN 16931 wants), the seller as it is now.
     *
     * @param number taken from the sequence of credit notes of the issue date's year
     * @param reason why the invoice is cancelled, printed on the credit note
     * @param paymentTerms how the amount is given back, in the payer's language
     * @throws BusinessException {@code error.creditNote.ofCreditNote} when {@code original} is
     *         itself a credit note, {@code error.creditNote.reason} without a reason
     */
    public static Invoice creditNoteFor(Invoice original, String number, String reason, Seller seller,
            Instant issuedAt, LocalDate issueDate, String paymentTerms) {
        Objects.requireNonNull(original, "original");
        if (original.kind != InvoiceKind.INVOICE) {
            throw new BusinessException("error.creditNote.ofCreditNote");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_LENGTH) {
            throw new BusinessException("error.creditNote.reason", REASON_LENGTH);
        }
        if (issueDate.isBefore(original.issueDate)) {
            throw new IllegalArgumentException("a credit note cannot precede the invoice it credits");
        }
        Invoice note = new Invoice(InvoiceKind.CREDIT_NOTE, number, seller, issuedAt, issueDate);
        note.creditedInvoice = original;
        note.creditedNumber = original.number;
        note.creditedIssueDate = original.issueDate;
        note.creditReason = reason.strip();
        note.orderNumber = original.orderNumber;
        note.buyerEmail = original.buyerEmail;
        note.payer(original.payer());
        note.buyerReference = original.buyerReference;
        note.purchaseOrderReference = original.purchaseOrderReference;
        note.contractReference = original.contractReference;
        note.currency = original.currency;
        for (InvoiceLine line : original.lines) {
            note.lines.add(new InvoiceLine(note, line.lineNumber(), line.priced(), line.vatCategory()));
        }
        for (InvoiceVat vat : original.vatBreakdown) {
            note.vatBreakdown.add(vat.copy());
        }
        note.totalExcludingVat = original.totalExcludingVat;
        note.discountTotal = original.discountTotal;
        note.totalVat = original.totalVat;
        note.totalIncludingVat = original.totalIncludingVat;
        note.payment(original.paymentMeans, paymentTerms);
        return note;
    }

    private void payer(Payer payer) {
        Objects.requireNonNull(payer, "payer");
        if (payer.name() == null || payer.name().isBlank() || payer.name().strip().length() > PAYER_NAME_LENGTH) {
            throw new BusinessException("error.billing.payerName");
        }
        this.payerName = payer.name().strip();
        this.payerHolderType = Objects.requireNonNull(payer.holderType(), "holderType");
        this.payerCountry = Objects.requireNonNull(payer.country(), "country");
        this.payerPublicBody = payer.publicBody();
        this.language = Objects.requireNonNull(payer.language(), "language");
        this.payerIdentity = copyOf(Objects.requireNonNull(payer.identity(), "identity"));
        if (payer.address() == null || payer.address().isEmpty()) {
            throw new IllegalArgumentException("the payer's address is required (BG-8)");
        }
        this.payerAddress = copyOf(payer.address());
        this.payerContact = payer.contact() == null || payer.contact().isEmpty() ? null : copyOf(payer.contact());
    }

    private void payment(PaymentMeans means, String terms) {
        if (means == null && totalIncludingVat.signum() != 0) {
            throw new IllegalArgumentException("an invoice with something to pay needs a payment means");
        }
        this.paymentMeans = means;
        this.paymentMeansCode = means == null ? null : means.code();
        // paid before issue (the order waited for its transfer or cheque) or settled by the issue itself
        this.prepaidAmount = means != null && (means.settledAtIssue() || paidOn != null) ? totalIncludingVat : zero();
        this.paymentTerms = terms == null || terms.isBlank() ? null : required(terms, PAYMENT_TERMS_LENGTH, "payment terms");
    }

    /** Copies the figures, refusing any that do not add up the way EN 16931 checks them. */
    private void figures(PriceSummary prices, VatExemption exemption) {
        Objects.requireNonNull(prices, "prices");
        this.currency = Currency.getInstance(prices.currency()).getCurrencyCode();
        if (prices.lines().isEmpty()) {
            throw new IllegalArgumentException("an invoice has at least one line (BR-16)");
        }
        Map<BigDecimal, BigDecimal> netByRate = new TreeMap<>();
        BigDecimal netSum = zero();
        BigDecimal allowanceSum = zero();
        int lineNumber = 0;
        for (PricedLine line : prices.lines()) {
            if (line.grossAmount().signum() < 0 || line.allowance().signum() < 0 || line.netAmount().signum() < 0
                    || line.grossAmount().subtract(line.allowance()).compareTo(line.netAmount()) != 0) {
                throw new IllegalArgumentException("line " + line.sku() + ": net amount is not gross - allowance");
            }
            lines.add(new InvoiceLine(this, ++lineNumber, line, category(line.vatRate(), exemption)));
            netByRate.merge(line.vatRate(), line.netAmount(), BigDecimal::add);
            netSum = netSum.add(line.netAmount());
            allowanceSum = allowanceSum.add(line.allowance());
        }
        BigDecimal vatSum = zero();
        for (VatSubtotal subtotal : prices.vatBreakdown()) {
            BigDecimal taxable = netByRate.remove(subtotal.rate());
            if (taxable == null || taxable.compareTo(subtotal.taxableAmount()) != 0) {
                throw new IllegalArgumentException("VAT " + subtotal.rate() + " %: taxable amount is not the sum of its lines");
            }
            BigDecimal expected = subtotal.taxableAmount().multiply(subtotal.rate()).divide(HUNDRED, SCALE,
                    RoundingMode.HALF_UP);
            if (expected.compareTo(subtotal.taxAmount()) != 0) {
                throw new IllegalArgumentException("VAT " + subtotal.rate() + " %: tax is not the rounded rate of the taxable amount");
            }
            VatCategory category = category(subtotal.rate(), exemption);
            vatBreakdown.add(new InvoiceVat(subtotal.rate(), category, cents(subtotal.taxableAmount()),
                    cents(subtotal.taxAmount()), category == VatCategory.STANDARD ? null : exemption.reason()));
            vatSum = vatSum.add(subtotal.taxAmount());
        }
        if (!netByRate.isEmpty()) {
            throw new IllegalArgumentException("VAT rates without a breakdown row: " + netByRate.keySet());
        }
        if (netSum.compareTo(prices.totalExcludingVat()) != 0 || vatSum.compareTo(prices.totalVat()) != 0
                || netSum.add(vatSum).compareTo(prices.totalIncludingVat()) != 0
                || allowanceSum.compareTo(prices.discountTotal()) != 0) {
            throw new IllegalArgumentException("totals are not the sums of the lines and the VAT breakdown");
        }
        this.totalExcludingVat = cents(netSum);
        this.totalVat = cents(vatSum);
        this.totalIncludingVat = cents(netSum.add(vatSum));
        this.discountTotal = cents(allowanceSum);
    }

    private static VatCategory category(BigDecimal rate, VatExemption exemption) {
        if (rate.signum() > 0) {
            return VatCategory.STANDARD;
        }
        if (exemption == null) {
            throw new IllegalArgumentException("a 0 % VAT rate needs an exemption category and reason (BT-118, BT-120)");
        }
        return exemption.category();
    }

    /** Attaches the rendered document, once. */
    public void attachPdf(byte[] document) {
        if (pdf != null) {
            throw new IllegalStateException("the PDF of " + number + " is already attached");
        }
        if (document == null || document.length == 0) {
            throw new IllegalArgumentException("empty PDF");
        }
        this.pdf = document.clone();
    }

    /**
     * Completes or corrects the Chorus Pro routing references — the service code (BT-10) and the
     * commitment number (BT-13) — of an invoice that has not left for Chorus Pro yet.
     *
     * <p>The one exception to "never changes": these two references address the invoice inside the
     * public buyer's organisation and are often given late (the commitment is only known once the
     * buyer's accounting has booked it). Until the invoice is exported the buyer has not received it
     * through Chorus Pro, so completing them is what Chorus Pro expects, rather than a credit note
     * and a new invoice. Amounts, lines and parties never change. The PDF shows the references, so
     * it is dropped here and must be rendered again by the caller ({@link #attachPdf}).
     *
     * @param serviceCode the new BT-10, blank for none
     * @param commitment the new BT-13, blank for none
     * @throws BusinessException {@code error.invoice.notForChorus} for an invoice that does not go to
     *         Chorus Pro, {@code error.invoice.alreadyExported} once it has left (reopen it first,
     *         see {@link #reopenForExport}), or a reference too long
     */
    public void completeChorusReferences(String serviceCode, String commitment) {
        if (!forChorus()) {
            throw new BusinessException("error.invoice.notForChorus", number);
        }
        if (exportedAt != null) {
            throw new BusinessException("error.invoice.alreadyExported", number, exportFlow);
        }
        String newServiceCode = reference(serviceCode, BUYER_REFERENCE_LENGTH, "error.invoice.buyerReference");
        String newCommitment = reference(commitment, PURCHASE_ORDER_LENGTH, "error.invoice.purchaseOrderReference");
        // The PDF is a lazily fetched column: touching it loads what was not fetched, which must
        // happen before the references change, or the load would put the stored ones back.
        this.pdf = null;
        this.buyerReference = newServiceCode;
        this.purchaseOrderReference = newCommitment;
    }

    /**
     * Puts an exported invoice back in the queue of the next Chorus Pro export, after Chorus Pro
     * rejected it (wrong service code, commitment closed...): the accountant corrects its references,
     * and the next run sends it in a new flow. The flow it left in keeps listing it.
     *
     * @return the flow it had left in
     * @throws BusinessException {@code error.invoice.notExported} while it has not been exported
     */
    public String reopenForExport() {
        if (exportedAt == null) {
            throw new BusinessException("error.invoice.notExported", number);
        }
        String previous = exportFlow;
        this.exportedAt = null;
        this.exportFlow = null;
        return previous;
    }

    /** Records that the invoice left in the Chorus Pro flow {@code flow}; an invoice is exported once. */
    public void markExported(Instant at, String flow) {
        if (exportedAt != null) {
            throw new IllegalStateException(number + " was already exported in " + exportFlow);
        }
        this.exportFlow = required(flow, EXPORT_FLOW_LENGTH, "export flow");
        this.exportedAt = Objects.requireNonNull(at, "at");
    }

    private static String required(String value, int max, String what) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException(what + " missing or longer than " + max + ": " + value);
        }
        return value.strip();
    }

    private static String reference(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new BusinessException(key, max);
        }
        return value.strip();
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }

    /**
     * A copy of an embeddable value. JPA gives each embedded value a single owner, while the
     * payer's identity comes from a billing profile and a credit note repeats its invoice's. These
     * value objects have no copy constructor, and their factories must not run again: a credit
     * note carries exactly what its invoice carried even if the rules changed since. Hence a
     * serialisation round trip, restricted to TrustDesk's own classes.
     */
    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T copyOf(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("eu.trustdesk.**;java.lang.*;!*"));
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot copy " + value.getClass().getSimpleName(), e);
        }
    }

    public Long id() {
        return id;
    }

    public InvoiceKind kind() {
        return kind;
    }

    public boolean isCreditNote() {
        return kind == InvoiceKind.CREDIT_NOTE;
    }

    /** BT-3: 380 for an invoice, 381 for a credit note. */
    public String typeCode() {
        return kind.typeCode();
    }

    public String number() {
        return number;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** Null when nothing is due (settled at issue) and for credit notes. */
    public LocalDate dueDate() {
        return dueDate;
    }

    public String currency() {
        return currency;
    }

    public Language language() {
        return language;
    }

    public String buyerEmail() {
        return buyerEmail;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String buyerReference() {
        return buyerReference;
    }

    public String purchaseOrderReference() {
        return purchaseOrderReference;
    }

    public String contractReference() {
        return contractReference;
    }

    public Seller seller() {
        return seller;
    }

    public String payerName() {
        return payerName;
    }

    public HolderType payerHolderType() {
        return payerHolderType;
    }

    public Country payerCountry() {
        return payerCountry;
    }

    public boolean payerPublicBody() {
        return payerPublicBody;
    }

    public LegalIdentity payerIdentity() {
        return payerIdentity;
    }

    public PostalAddress payerAddress() {
        return payerAddress;
    }

    /** May be null. */
    public Contact payerContact() {
        return payerContact;
    }

    /** The payer as a value, e.g. to issue another document to it. */
    public Payer payer() {
        return new Payer(payerName, payerHolderType, payerCountry, payerIdentity, payerAddress, payerContact,
                payerPublicBody, language);
    }

    /** Whether the invoice goes to Chorus Pro: its payer is a French public body. */
    public boolean forChorus() {
        return payerPublicBody && payerCountry == Country.FR;
    }

    /** Null only when there was nothing to pay. */
    public PaymentMeans paymentMeans() {
        return paymentMeans;
    }

    public String paymentMeansCode() {
        return paymentMeansCode;
    }

    public String paymentTerms() {
        return paymentTerms;
    }

    public List<InvoiceLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<InvoiceVat> vatBreakdown() {
        return Collections.unmodifiableList(vatBreakdown);
    }

    public BigDecimal totalExcludingVat() {
        return totalExcludingVat;
    }

    public BigDecimal discountTotal() {
        return discountTotal;
    }

    public BigDecimal totalVat() {
        return totalVat;
    }

    public BigDecimal totalIncludingVat() {
        return totalIncludingVat;
    }

    public BigDecimal prepaidAmount() {
        return prepaidAmount;
    }

    /** The day the money arrived when the invoice was issued for a paid order; null otherwise. */
    public LocalDate paidOn() {
        return paidOn;
    }

    /** BT-115: what remains to be paid (or, for a credit note, to be given back). */
    public BigDecimal amountDue() {
        return totalIncludingVat.subtract(prepaidAmount);
    }

    /** The figures in the shape of the price model, as issued. */
    public PriceSummary prices() {
        return new PriceSummary(currency, lines.stream().map(InvoiceLine::priced).toList(),
                vatBreakdown.stream().map(InvoiceVat::subtotal).toList(), discountTotal, totalExcludingVat, totalVat,
                totalIncludingVat);
    }

    /** For a credit note, the invoice it reverses; null for an invoice. */
    public Invoice creditedInvoice() {
        return creditedInvoice;
    }

    public String creditedNumber() {
        return creditedNumber;
    }

    public LocalDate creditedIssueDate() {
        return creditedIssueDate;
    }

    public String creditReason() {
        return creditReason;
    }

    public boolean hasPdf() {
        return pdf != null;
    }

    /** The PDF as issued; null until attached. */
    public byte[] pdf() {
        return pdf == null ? null : pdf.clone();
    }

    public Instant exportedAt() {
        return exportedAt;
    }

    public String exportFlow() {
        return exportFlow;
    }
}
