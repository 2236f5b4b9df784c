package eu.trustdesk.invoicing.entity;

import eu.trustdesk.shared.pricing.PriceSummary;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything an invoice says that comes from the order: who pays, the references the payer needs
 * to match it, how it is paid and the figures (as priced by
 * {@link eu.trustdesk.shared.pricing.PriceCalculator}). The number, dates and seller are added
 * when it is issued.
 *
 * @param orderNumber TrustDesk's order number, printed so that the payer can match the invoice
 * @param buyerEmail the account that placed the order: it sees the invoice in its customer area
 * @param payer the billing identity (BG-7)
 * @param buyerReference BT-10, the Chorus Pro service code of a public buyer; may be null
 * @param purchaseOrderReference BT-13, the purchase order or commitment number (numéro
 *        d'engagement); may be null
 * @param contractReference BT-12, the client contract; may be null
 * @param paymentMeans BT-81; may be null only when there is nothing to pay
 * @param paymentDays days from the issue date to the due date (BT-9), 0 to 60 (French law caps
 *        payment terms at 60 days)
 * @param paymentTerms BT-20, a text replacing the standard one for the payment means; may be null
 * @param vatExemption the category and reason of 0 % lines; required when there is one
 * @param prices lines, VAT breakdown and totals
 * @param paidOn the day the whole total arrived, when the invoice is issued for an order already
 *        paid (by transfer or cheque): it is then settled (BT-113 = total, BT-115 = 0) and asks for
 *        nothing; null when the payment is still to come
 */
public record InvoiceDraft(String orderNumber, String buyerEmail, Payer payer, String buyerReference,
        String purchaseOrderReference, String contractReference, PaymentMeans paymentMeans, int paymentDays,
        String paymentTerms, VatExemption vatExemption, PriceSummary prices, LocalDate paidOn) implements Serializable {

    public static final int MAX_PAYMENT_DAYS = 60;

    public InvoiceDraft {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(buyerEmail, "buyerEmail");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(prices, "prices");
        if (paymentMeans == null && !prices.isZero()) {
            throw new IllegalArgumentException("an invoice with something to pay needs a payment means");
        }
        if (paymentDays < 0 || paymentDays > MAX_PAYMENT_DAYS) {
            throw new IllegalArgumentException("payment days out of range: " + paymentDays);
        }
    }

    /** The draft of an invoice whose payment is still to come. */
    public InvoiceDraft(String orderNumber, String buyerEmail, Payer payer, String buyerReference,
            String purchaseOrderReference, String contractReference, PaymentMeans paymentMeans, int paymentDays,
            String paymentTerms, VatExemption vatExemption, PriceSummary prices) {
        this(orderNumber, buyerEmail, payer, buyerReference, purchaseOrderReference, contractReference, paymentMeans,
                paymentDays, paymentTerms, vatExemption, prices, null);
    }

    /** Whether the invoice is issued for money already received. */
    public boolean paid() {
        return paidOn != null;
    }

    /** ISO 4217 code of the invoice currency (BT-5). */
    public String currency() {
        return prices.currency();
    }
}
