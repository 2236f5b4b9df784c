/**
 * How invoices and credit notes are issued, all in the caller's transaction: the next gap-free
 * number ({@link eu.trustdesk.invoicing.control.InvoiceNumbers}), the seller's details from the
 * configuration ({@link eu.trustdesk.invoicing.control.SellerDetails}), the document built from a
 * draft and stored, and its PDF in the payer's language
 * ({@link eu.trustdesk.invoicing.control.InvoicePdf}); see
 * {@link eu.trustdesk.invoicing.control.InvoiceIssuer}.
 */
package eu.trustdesk.invoicing.control;
