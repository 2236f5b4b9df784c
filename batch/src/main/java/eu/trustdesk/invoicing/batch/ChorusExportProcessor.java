package eu.trustdesk.invoicing.batch;

import eu.trustdesk.invoicing.control.En16931Export;
import eu.trustdesk.invoicing.entity.Invoice;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One invoice to its EN 16931 document: business check, XML, official rules
 * ({@link En16931Export}). A refused invoice is recorded as a problem, with its rule ids, and
 * filtered out (null): it does not stop the job, and it is checked again at the next run.
 */
@Named
@Dependent
public class ChorusExportProcessor implements ItemProcessor {

    /** One per class loader is enough: the rules are loaded once and the export is thread-safe. */
    private static final En16931Export EXPORT = new En16931Export();

    @Inject
    private ChorusExportStore store;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String syntax;

    private ChorusExportSettings settings;

    @Override
    public Object processItem(Object item) {
        if (settings == null) {
            settings = ChorusExportSettings.resolve(null, syntax);
        }
        Invoice invoice = store.invoice((Long) item);
        if (invoice == null || invoice.exportedAt() != null || !invoice.forChorus()) {
            return null;
        }
        En16931Export.Prepared prepared = EXPORT.prepare(invoice, settings.syntax());
        if (!prepared.exportable()) {
            store.refused(invoice, job.getExecutionId(), prepared.report());
            return null;
        }
        return ExportedDocument.of(invoice.id(), invoice.number(), prepared.document());
    }
}
