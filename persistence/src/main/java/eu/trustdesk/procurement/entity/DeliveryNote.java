package eu.trustdesk.procurement.entity;

import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The shipment of a converted quote's physical goods: carrier, tracking number and the numbered
 * delivery note that travels with the parcel. One per quote.
 */
@Entity
@Table(name = "delivery_note")
@NamedQuery(name = DeliveryNote.OF_QUOTE, query = "select d from DeliveryNote d where d.quote = :quote")
public class DeliveryNote {

    public static final String OF_QUOTE = "DeliveryNote.ofQuote";
    public static final int CARRIER_LENGTH = 80;
    public static final int TRACKING_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", unique = true, length = 20)
    private String number;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "quote_id", nullable = false, unique = true)
    private Quote quote;

    @Column(name = "carrier", nullable = false, length = CARRIER_LENGTH)
    private String carrier;

    @Column(name = "tracking_number", nullable = false, length = TRACKING_LENGTH)
    private String trackingNumber;

    @Column(name = "shipped_at", nullable = false)
    private Instant shippedAt;

    @Column(name = "shipped_by", nullable = false, length = 254)
    private String shippedBy;

    @Column(name = "invoice_number", length = 20)
    private String invoiceNumber;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf")
    private byte[] pdf;

    @Version
    private long version;

    protected DeliveryNote() {
        // for JPA
    }

    /** Ships the physical goods of {@code quote}, which must have been converted into an order. */
    public DeliveryNote(Quote quote, String carrier, String trackingNumber, String shippedBy, Instant now) {
        this.quote = Objects.requireNonNull(quote, "quote");
        if (quote.status() != QuoteStatus.CONVERTED) {
            throw new BusinessException("error.delivery.notConverted", quote.number());
        }
        if (quote.shippedLines().isEmpty()) {
            throw new BusinessException("error.delivery.nothingToShip", quote.number());
        }
        this.carrier = required(carrier, CARRIER_LENGTH, "error.delivery.carrierRequired");
        this.trackingNumber = required(trackingNumber, TRACKING_LENGTH, "error.delivery.trackingRequired");
        this.shippedBy = Objects.requireNonNull(shippedBy, "shippedBy");
        this.shippedAt = now;
    }

    private static String required(String value, int length, String key) {
        if (value == null || value.isBlank() || value.strip().length() > length) {
            throw new BusinessException(key, length);
        }
        return value.strip();
    }

    public void assignNumber(String noteNumber) {
        if (number != null) {
            throw new IllegalStateException("A delivery note keeps its number");
        }
        this.number = noteNumber;
    }

    public void attachPdf(byte[] document) {
        this.pdf = document.clone();
    }

    public void invoiced(String invoice) {
        this.invoiceNumber = invoice;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Quote quote() {
        return quote;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public String shippedBy() {
        return shippedBy;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public byte[] pdf() {
        return pdf == null ? null : pdf.clone();
    }
}
