/**
 * Invoice pages: a customer's invoices and credit notes with their PDFs, and the accountants'
 * register of them all, where the EN 16931 XML is downloaded and checked and credit notes are
 * issued. The documents themselves are served by {@link eu.trustdesk.ordering.view.DocumentServlet}.
 */
package eu.trustdesk.invoicing.view;
