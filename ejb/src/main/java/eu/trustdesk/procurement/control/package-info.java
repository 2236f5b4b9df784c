/**
 * The plain parts of public-body procurement: the quote and delivery-note PDFs and their texts,
 * and the stock keeping that holds physical goods for pre-ordered quotes under a row lock.
 */
package eu.trustdesk.procurement.control;
