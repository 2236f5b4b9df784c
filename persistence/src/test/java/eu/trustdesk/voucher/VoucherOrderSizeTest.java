package eu.trustdesk.voucher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.entity.VoucherOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A voucher order is bounded in lines and in vouchers, not only per line. */
class VoucherOrderSizeTest {

    private static String refusal(List<Integer> quantities) {
        return assertThrows(BusinessException.class, () -> VoucherOrder.checkSize(quantities)).messageKey();
    }

    @Test
    void fiftyLinesOfAThousandAreRefused() {
        // the call that created 50,000 unpaid vouchers in 4.7 s
        assertEquals("error.voucher.order.tooManyLines", refusal(Collections.nCopies(50, 1000)));
        assertEquals("error.voucher.order.tooManyLines", refusal(Collections.nCopies(VoucherOrder.MAX_LINES + 1, 1)));
    }

    @Test
    void moreThanTenThousandVouchersInAllAreRefusedWithTheCount() {
        List<Integer> quantities = new ArrayList<>(Collections.nCopies(10, 1000));
        VoucherOrder.checkSize(quantities); // ten full lines: the most an order holds
        quantities.add(1);
        BusinessException refused = assertThrows(BusinessException.class, () -> VoucherOrder.checkSize(quantities));
        assertEquals("error.voucher.order.tooManyVouchers", refused.messageKey());
        assertArrayEquals(new Object[] {10_000, 10_001L}, refused.arguments());
    }

    @Test
    void eachLineStillHoldsOneToAThousand() {
        VoucherOrder.checkSize(List.of(3, 250, 1000));
        assertEquals("error.voucher.order.quantity", refusal(List.of(3, 1001)));
        assertEquals("error.voucher.order.quantity", refusal(List.of(0)));
        assertEquals("error.voucher.order.noLine", refusal(List.of()));
    }
}
