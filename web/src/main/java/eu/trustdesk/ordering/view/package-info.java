/** Shop pages: product pages, plan comparison, cart, checkout, orders; console order desk. */
package eu.trustdesk.ordering.view;
