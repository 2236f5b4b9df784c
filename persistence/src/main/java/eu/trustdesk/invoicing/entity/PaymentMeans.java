package eu.trustdesk.invoicing.entity;

/**
 * How an invoice is paid, with its UNTDID 4461 payment means code (EN 16931 BT-81).
 *
 * <p>The checkout's payment modes map onto the codes by what actually moves the money:
 * <ul>
 * <li>bank transfer, administrative mandate and client contract are all paid by a credit transfer
 *     to the seller's account (BT-84): the mandate is the public accountant's transfer after the
 *     invoice is received, the contract customer pays its periodic statement by transfer. Hence
 *     {@code 30} "credit transfer" for the three, and the invoice shows the IBAN and BIC;</li>
 * <li>cheque is {@code 20};</li>
 * <li>the prepaid client account settles the invoice at issue by debiting money the customer paid
 *     in advance: a set-off between the two parties, {@code 97} "clearing between partners". The
 *     paid amount (BT-113) is then the whole total and nothing is due (BT-115 = 0).</li>
 * </ul>
 * Card payment is not offered yet ("coming soon"); it would be {@code 48}.
 */
public enum PaymentMeans {
    CREDIT_TRANSFER("30", false),
    CHEQUE("20", false),
    ADMINISTRATIVE_MANDATE("30", false),
    CLIENT_CONTRACT("30", false),
    PREPAID_ACCOUNT("97", true);

    /** Column length of a stored UNTDID 4461 code. */
    public static final int CODE_LENGTH = 3;
    /** Column length of a stored enum name. */
    public static final int NAME_LENGTH = 30;

    private final String code;
    private final boolean settledAtIssue;

    PaymentMeans(String code, boolean settledAtIssue) {
        this.code = code;
        this.settledAtIssue = settledAtIssue;
    }

    /** UNTDID 4461 code (BT-81). */
    public String code() {
        return code;
    }

    /** Whether the invoice is already paid when it is issued. */
    public boolean settledAtIssue() {
        return settledAtIssue;
    }

    /** Whether the payer pays by transfer to the seller's account, so the invoice shows IBAN and BIC. */
    public boolean byTransfer() {
        return "30".equals(code);
    }
}
