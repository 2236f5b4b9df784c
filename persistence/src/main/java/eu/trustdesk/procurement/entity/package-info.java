/**
 * Public-body procurement: quotes valid one month, the original purchase order that converts one
 * into an order, the stock of physical goods a pre-order reserves, and the delivery notes of the
 * shipments.
 */
package eu.trustdesk.procurement.entity;
