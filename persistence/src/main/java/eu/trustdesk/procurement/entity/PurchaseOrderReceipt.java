package eu.trustdesk.procurement.entity;

import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.FileSignature;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ORIGINAL purchase order a public body posts, as the accountant recorded it: its number
 * (the commitment reference the invoice will carry), date, signatory, a scan, and the accountant's
 * statement that it is the original on the body's letterhead, signed and stamped. A signed quote
 * or a copy is not a purchase order: without that statement nothing is recorded.
 */
@Embeddable
public class PurchaseOrderReceipt implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As long as the invoice's commitment reference (EN 16931 BT-13). */
    public static final int NUMBER_LENGTH = 50;
    public static final int SIGNATORY_LENGTH = 120;
    public static final int SCAN_NAME_LENGTH = 200;
    /** A scan larger than this is not a scan of a page or two. */
    public static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    @Column(name = "po_number", length = NUMBER_LENGTH)
    private String number;

    @Column(name = "po_date")
    private LocalDate date;

    @Column(name = "po_signatory", length = SIGNATORY_LENGTH)
    private String signatory;

    @Column(name = "po_original_confirmed")
    private Boolean originalConfirmed;

    @Column(name = "po_scan_name", length = SCAN_NAME_LENGTH)
    private String scanName;

    @Column(name = "po_scan_type", length = 100)
    private String scanType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "po_scan")
    private byte[] scan;

    @Column(name = "po_recorded_by", length = 254)
    private String recordedBy;

    @Column(name = "po_recorded_at")
    private Instant recordedAt;

    protected PurchaseOrderReceipt() {
        // for JPA
    }

    /**
     * Checks every field, in the order of the form, and refuses the first one missing or wrong with
     * its reason.
     */
    public static PurchaseOrderReceipt of(String number, LocalDate date, String signatory, boolean originalConfirmed,
            String scanName, byte[] scan, String recordedBy, Instant now, LocalDate today) {
        String po = strip(number);
        if (po == null) {
            throw new BusinessException("error.po.numberRequired");
        }
        if (po.length() > NUMBER_LENGTH) {
            throw new BusinessException("error.po.numberTooLong", NUMBER_LENGTH);
        }
        if (date == null) {
            throw new BusinessException("error.po.dateRequired");
        }
        if (date.isAfter(today)) {
            throw new BusinessException("error.po.dateInFuture");
        }
        String signedBy = strip(signatory);
        if (signedBy == null) {
            throw new BusinessException("error.po.signatoryRequired");
        }
        if (signedBy.length() > SIGNATORY_LENGTH) {
            throw new BusinessException("error.po.signatoryTooLong", SIGNATORY_LENGTH);
        }
        if (scan == null || scan.length == 0) {
            throw new BusinessException("error.po.scanRequired");
        }
        if (scan.length > MAX_SCAN_BYTES) {
            throw new BusinessException("error.po.scanTooLarge", MAX_SCAN_BYTES / (1024 * 1024));
        }
        // stored, served and mailed as what it is, not as what the browser said it was
        String scanType = FileSignature.of(scan).orElseThrow(() -> new BusinessException("error.po.scanType"));
        if (!originalConfirmed) {
            throw new BusinessException("error.po.originalRequired");
        }
        PurchaseOrderReceipt receipt = new PurchaseOrderReceipt();
        receipt.number = po;
        receipt.date = date;
        receipt.signatory = signedBy;
        receipt.originalConfirmed = Boolean.TRUE;
        String name = strip(scanName) == null ? "purchase-order" : strip(scanName);
        receipt.scanName = name.length() > SCAN_NAME_LENGTH ? name.substring(name.length() - SCAN_NAME_LENGTH) : name;
        receipt.scanType = scanType;
        receipt.scan = scan.clone();
        receipt.recordedBy = recordedBy;
        receipt.recordedAt = now;
        return receipt;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public String signatory() {
        return signatory;
    }

    public boolean originalConfirmed() {
        return Boolean.TRUE.equals(originalConfirmed);
    }

    public String scanName() {
        return scanName;
    }

    public String scanType() {
        return scanType;
    }

    public byte[] scan() {
        return scan == null ? null : scan.clone();
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
