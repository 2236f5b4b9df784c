/** The public shop pages: the catalogue in the visitor's language. */
package eu.trustdesk.catalog.view;
