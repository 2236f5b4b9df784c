/**
 * The catalogue: what TrustDesk sells (signature and server certificates, e-invoicing plans,
 * tokens and readers), with names and descriptions in every supported language, prices excluding
 * VAT per validity term and the VAT rate of each product.
 */
package eu.trustdesk.catalog.entity;
