/** Plain rules of the shop: who may pay how, order numbers, the purchase-order document. */
package eu.trustdesk.ordering.control;
