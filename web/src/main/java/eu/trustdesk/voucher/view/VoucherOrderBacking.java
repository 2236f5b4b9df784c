package eu.trustdesk.voucher.view;

import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.boundary.Cancellation;
import eu.trustdesk.voucher.boundary.OrderSummary;
import eu.trustdesk.voucher.boundary.PartnerVouchers;
import eu.trustdesk.voucher.boundary.VoucherRow;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code partner/vouchers/order.xhtml?id=N}: one order, its vouchers with their codes masked until
 * "Show codes", the CSV and PDF downloads, and cancelling the whole order.
 */
@Named
@ViewScoped
public class VoucherOrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerVouchers vouchers;

    private Long id;
    private OrderSummary order;
    private List<VoucherRow> rows;
    private Cancellation cancellation;
    private boolean codesShown;

    /** {@code f:viewAction}: another partner's order or an unknown id gets the 404 page. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            order = vouchers.order(id);
            rows = vouchers.vouchers(id);
            cancellation = vouchers.cancellation(id);
        } catch (BusinessException notFound) {
            Pages.notFound();
        }
    }

    public void showCodes() {
        codesShown = true;
    }

    public void hideCodes() {
        codesShown = false;
    }

    public String cancel() {
        try {
            OrderSummary cancelled = vouchers.cancel(id);
            Messages.info("voucher.order.cancelled", cancelled.number(), cancelled.creditNoteNumber());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        return "/partner/vouchers/order?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrderSummary getOrder() {
        return order;
    }

    public List<VoucherRow> getRows() {
        return rows;
    }

    /** Whether the order can be cancelled, and if not every reason, said before the partner tries. */
    public Cancellation getCancellation() {
        return cancellation;
    }

    /** The reasons the order cannot be cancelled, in the partner's language. */
    public List<String> getCancellationRefusals() {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return cancellation == null ? List.of() : cancellation.refusals().stream()
                .map(r -> Messages.text(locale, r.messageKey(), r.arguments().toArray())).toList();
    }

    public boolean isCodesShown() {
        return codesShown;
    }
}
