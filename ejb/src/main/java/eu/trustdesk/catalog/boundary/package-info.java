/** Entry points of the catalogue: what is on sale, for everyone, and its management in the console. */
package eu.trustdesk.catalog.boundary;
