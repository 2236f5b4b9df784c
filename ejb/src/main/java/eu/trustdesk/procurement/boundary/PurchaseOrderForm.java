package eu.trustdesk.procurement.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The original purchase order as the accountant reads it from the letter: number, date,
 * signatory, the scan, the tick that it is the original on letterhead, signed and stamped, and the
 * Chorus Pro service code when the body gave one. Checked by {@link QuoteDesk#recordPurchaseOrder}.
 */
public class PurchaseOrderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String number;
    private LocalDate date;
    private String signatory;
    private String serviceCode;
    private boolean originalConfirmed;
    private String scanName;
    private byte[] scan;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getSignatory() {
        return signatory;
    }

    public void setSignatory(String signatory) {
        this.signatory = signatory;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public boolean isOriginalConfirmed() {
        return originalConfirmed;
    }

    public void setOriginalConfirmed(boolean originalConfirmed) {
        this.originalConfirmed = originalConfirmed;
    }

    public String getScanName() {
        return scanName;
    }

    public byte[] getScan() {
        return scan == null ? null : scan.clone();
    }

    /**
     * The uploaded scan of the original. No content type: the type the browser claims is not
     * believed; the boundary recognises it from the content.
     */
    public void scan(String fileName, byte[] content) {
        this.scanName = fileName;
        this.scan = content == null ? null : content.clone();
    }
}
