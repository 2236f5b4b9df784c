/**
 * Entry points of public-body procurement: {@link eu.trustdesk.procurement.boundary.Quotes} for
 * the public body's buyer (request a quote, receive it, pre-order, follow the shipment) and
 * {@link eu.trustdesk.procurement.boundary.QuoteDesk} for the accountants (record the original
 * purchase order, ship with a delivery note, invoice).
 */
package eu.trustdesk.procurement.boundary;
