package eu.trustdesk.voucher.view;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.boundary.OrderSummary;
import eu.trustdesk.voucher.boundary.VoucherPayments;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code console/voucher-payments.xhtml}: the partners' voucher orders still waiting for their
 * transfer, and the form to record one as the bank statement shows it.
 */
@Named
@ViewScoped
public class VoucherPaymentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private VoucherPayments payments;

    private List<OrderSummary> awaiting;
    private String number;
    private BigDecimal amount;
    private LocalDate receivedOn = LocalDate.now(BusinessCalendar.ZONE);
    private String reference;

    public List<OrderSummary> getAwaiting() {
        if (awaiting == null) {
            awaiting = payments.awaiting();
        }
        return awaiting;
    }

    public void record() {
        try {
            boolean complete = payments.recordPayment(number, amount, receivedOn, reference);
            Messages.info(complete ? "console.voucherPayments.paid" : "console.voucherPayments.partlyPaid", number);
            Pages.redirect("/console/voucher-payments.xhtml");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
