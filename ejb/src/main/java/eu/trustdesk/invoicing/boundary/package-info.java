/**
 * Entry points of the invoicing capability: a customer's own invoices and their PDFs
 * ({@link eu.trustdesk.invoicing.boundary.MyInvoices}), and the accountants' register of all
 * invoices and credit notes, where their EN 16931 XML is downloaded and checked and credit notes
 * are issued ({@link eu.trustdesk.invoicing.boundary.InvoiceRegister}). Invoices themselves are
 * issued by the ordering capability, in its own transaction, through
 * {@link eu.trustdesk.invoicing.control.InvoiceIssuer}.
 */
package eu.trustdesk.invoicing.boundary;
