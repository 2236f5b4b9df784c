package eu.trustdesk.procurement.view;

import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.procurement.boundary.PurchaseOrderForm;
import eu.trustdesk.procurement.boundary.QuoteDesk;
import eu.trustdesk.procurement.entity.DeliveryNote;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code console/quote.xhtml?id=N}: one quote for the accountants: record its ORIGINAL purchase
 * order (which makes it an order), ship it with a delivery note (which invoices it), or cancel it.
 * A refused form keeps what was typed and says why.
 */
@Named
@ViewScoped
public class ConsoleQuoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuoteDesk desk;

    private Long id;
    private Quote quote;
    private DeliveryNote shipment;
    private final PurchaseOrderForm purchaseOrder = new PurchaseOrderForm();
    private transient Part scan;
    private String carrier;
    private String trackingNumber;
    private String reason;

    public void load() {
        try {
            quote = desk.get(id == null ? -1 : id);
            shipment = desk.shipment(quote.id()).orElse(null);
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public void recordPurchaseOrder() {
        if (scan != null && scan.getSize() > 0) {
            try (InputStream in = scan.getInputStream()) {
                purchaseOrder.scan(scan.getSubmittedFileName(), in.readAllBytes());
            } catch (IOException e) {
                Messages.error("error.po.scanRequired");
                return;
            }
        }
        try {
            String order = desk.recordPurchaseOrder(id, purchaseOrder);
            Messages.info("console.quote.converted", quote.number(), order);
            Pages.redirect("/console/quote.xhtml?id=" + id);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void ship() {
        try {
            DeliveryNote note = desk.ship(id, carrier, trackingNumber);
            Messages.info("console.quote.shipped", note.number(), note.invoiceNumber());
            Pages.redirect("/console/quote.xhtml?id=" + id);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void cancel() {
        try {
            desk.cancel(id, reason);
            Messages.info("console.quote.cancelled", quote.number());
            Pages.redirect("/console/quote.xhtml?id=" + id);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Quote getQuote() {
        return quote;
    }

    public DeliveryNote getShipment() {
        return shipment;
    }

    public PurchaseOrderForm getPurchaseOrder() {
        return purchaseOrder;
    }

    public Part getScan() {
        return scan;
    }

    public void setScan(Part scan) {
        this.scan = scan;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
