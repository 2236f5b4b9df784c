package eu.trustdesk.ordering.control;

import java.math.BigDecimal;

/**
 * What decides which payment modes an order may use: who the buyer's organisation is (confirmed
 * public body, active contract, prepaid balance), the total, and whether the buyer says the paper
 * file will be posted (cheque).
 *
 * @param prepaidBalance the organisation's balance, or null when it has no prepaid account
 */
public record PaymentContext(boolean confirmedPublicBody, boolean activeContract, BigDecimal prepaidBalance,
        BigDecimal total, boolean paperFileByPost) {
}
