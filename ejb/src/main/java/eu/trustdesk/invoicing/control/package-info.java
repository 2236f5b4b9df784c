/**
 * How invoices and credit notes are issued, all in the caller's transaction: the next gap-free
 * number ({@link eu.trustdesk.invoicing.control.InvoiceNumbers}), the seller's details from the
 * configuration ({@link eu.trustdesk.invoicing.control.SellerDetails}), the document built from a
 * draft and stored, and its PDF in the payer's language
 * ({@link eu.trustdesk.invoicing.control.InvoicePdf}); see
 * {@link eu.trustdesk.invoicing.control.InvoiceIssuer}.
 *
 * <p>And how an issued invoice becomes an EN 16931 e-invoice (for Chorus Pro):
 * {@link eu.trustdesk.invoicing.control.ChorusReadiness} refuses what Chorus Pro would refuse
 * although the XML is valid (a public buyer's invoice without commitment number);
 * {@link eu.trustdesk.invoicing.control.CiiWriter} and
 * {@link eu.trustdesk.invoicing.control.UblWriter} write the CII D16B or UBL 2.1 document from
 * schema-bound objects; {@link eu.trustdesk.invoicing.control.En16931Validator} checks it
 * in-process against the official CEN rules. {@link eu.trustdesk.invoicing.control.En16931Export}
 * chains the three for an export job, reporting each refused invoice with its rule ids instead of
 * failing.
 */
package eu.trustdesk.invoicing.control;
