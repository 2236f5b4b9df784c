package eu.trustdesk.ordering.view;

import eu.trustdesk.ordering.boundary.OrderDesk;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code console/order.xhtml?id=N}: one order, with the accountant's actions: a payment received
 * (amount, day, bank reference, as the statement shows them), fulfil, cancel.
 */
@Named
@ViewScoped
public class ConsoleOrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrderDesk desk;

    @EJB
    private eu.trustdesk.invoicing.boundary.InvoiceRegister invoices;

    @jakarta.inject.Inject
    private jakarta.security.enterprise.SecurityContext security;

    private Long id;
    private CustomerOrder order;
    private String reference;
    private java.math.BigDecimal amount;
    private java.time.LocalDate receivedOn;
    private String reason;

    public void load() {
        try {
            order = desk.get(id == null ? -1 : id);
            // the form suggests what is still due, received today: the accountant corrects what differs
            if (amount == null) {
                amount = order.amountRemaining();
            }
            if (receivedOn == null) {
                receivedOn = java.time.LocalDate.now(eu.trustdesk.shared.BusinessCalendar.ZONE);
            }
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public void recordPayment() {
        try {
            boolean complete = desk.recordPayment(id, amount, receivedOn, reference);
            if (complete) {
                Messages.info("console.order.paid");
            } else {
                CustomerOrder after = desk.get(id);
                Messages.info("console.order.partlyPaid", after.amountRemaining());
            }
            Pages.redirect("/console/order.xhtml?id=" + id);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void fulfil() {
        try {
            desk.fulfil(id);
            Messages.info("console.order.fulfilled");
            Pages.redirect("/console/order.xhtml?id=" + id);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void cancel() {
        try {
            desk.cancel(id, reason);
            Messages.info("console.order.cancelled");
            Pages.redirect("/console/order.xhtml?id=" + id);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** The order's invoice, for its download link; only accountants and administrators read invoices. */
    public Long getInvoiceId() {
        if (order == null || order.invoiceNumber() == null || !(security.isCallerInRole("ACCOUNTANT")
                || security.isCallerInRole("ADMIN"))) {
            return null;
        }
        return invoices.idOf(order.invoiceNumber());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public java.math.BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(java.math.BigDecimal amount) {
        this.amount = amount;
    }

    public java.time.LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(java.time.LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
