/**
 * The nightly Chorus Pro export ({@code META-INF/batch-jobs/chorus-export.xml}): issued invoices and
 * credit notes of French public bodies, not exported yet, written as EN 16931 XML into zipped
 * flows with a manifest, each flow committed with the invoices it marks exported; refused
 * invoices are reported, never sent. Started nightly by {@link eu.trustdesk.invoicing.batch.ChorusExportSchedule}
 * or on demand through {@link eu.trustdesk.invoicing.batch.ChorusExports}.
 */
package eu.trustdesk.invoicing.batch;
