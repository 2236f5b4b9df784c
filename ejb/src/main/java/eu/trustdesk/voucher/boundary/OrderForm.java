package eu.trustdesk.voucher.boundary;

import eu.trustdesk.ordering.entity.PaymentMode;
import java.io.Serializable;
import java.util.List;

/** A voucher order as the partner submits it (page or API). */
public record OrderForm(String customerName, String notes, List<LineRequest> lines, PaymentMode paymentMode)
        implements Serializable {

    public OrderForm {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
