/**
 * The document layer every capability's PDFs and documents are written with: one
 * {@link eu.trustdesk.platform.document.PdfCanvas} (pages, wrapping, table cells, shading, QR
 * codes) in the fonts of {@link eu.trustdesk.platform.document.PdfFonts}, the flowing business
 * document {@link eu.trustdesk.platform.document.PdfDocument} built on it, and
 * {@link eu.trustdesk.platform.document.DocumentTexts}, the words and number formats of a
 * {@link eu.trustdesk.platform.document.DocumentBundle} in one language. What a document says
 * stays with its capability (InvoicePdf, VoucherPdf, QuotePdf...); how it is drawn lives here.
 */
package eu.trustdesk.platform.document;
