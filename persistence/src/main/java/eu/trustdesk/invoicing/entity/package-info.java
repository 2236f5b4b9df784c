/**
 * Invoices and credit notes: legal documents issued to the payer of an accepted order, numbered
 * without gaps per kind and year ({@link eu.trustdesk.invoicing.entity.InvoiceSequence}).
 *
 * <p>An {@link eu.trustdesk.invoicing.entity.Invoice} is a snapshot: the seller's details, the
 * payer's billing identity, the references and the EN 16931 figures (lines, VAT breakdown by rate
 * and category, totals) are copied when it is issued and never change afterwards. A mistake is
 * corrected by a credit note that reverses the whole invoice. The only later changes are the PDF,
 * attached once, and the Chorus Pro export state. Everything the EN 16931 export (CII/UBL) needs is
 * stored, each field named after its business term (BT-xx) where the name alone would not say it.
 */
package eu.trustdesk.invoicing.entity;
