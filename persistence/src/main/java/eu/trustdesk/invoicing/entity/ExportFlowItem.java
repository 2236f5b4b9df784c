package eu.trustdesk.invoicing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One invoice or credit note carried by a Chorus Pro flow, as the flow's zip lists it. */
@Embeddable
public class ExportFlowItem {

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    @Column(name = "invoice_number", nullable = false, updatable = false, length = Invoice.NUMBER_LENGTH)
    private String invoiceNumber;

    protected ExportFlowItem() {
        // for JPA
    }

    ExportFlowItem(Long invoiceId, String invoiceNumber) {
        this.invoiceId = Objects.requireNonNull(invoiceId, "invoiceId");
        this.invoiceNumber = Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    }

    public Long invoiceId() {
        return invoiceId;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }
}
