package eu.trustdesk.voucher.view;

import eu.trustdesk.voucher.boundary.OrderSummary;
import eu.trustdesk.voucher.boundary.PartnerVouchers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** {@code partner/vouchers/index.xhtml}: the partner's voucher orders with the count of vouchers in each state. */
@Named
@RequestScoped
public class VoucherOrdersBacking {

    @EJB
    private PartnerVouchers vouchers;

    private List<OrderSummary> list;

    public List<OrderSummary> getList() {
        if (list == null) {
            list = vouchers.orders();
        }
        return list;
    }
}
