package eu.trustdesk.invoicing.batch;

import eu.trustdesk.invoicing.entity.ExportFlow;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One chunk of documents into one flow: the flow row and the invoices marked exported in it, then
 * the zip written under a temporary name, all inside the chunk transaction; the zip is moved to its
 * final name only after that transaction has committed (a JTA synchronization; a ChunkListener's
 * afterChunk would run before the commit).
 *
 * <p>What can go wrong, and what then happens:
 * <ul>
 * <li>the chunk rolls back (any failure up to and including the commit): no flow row, no invoice
 *     marked, and the temporary zip is deleted, at once or by the next run if the process died;
 *     its invoices are read again;</li>
 * <li>the process dies after the commit and before the move: the flow row exists with status
 *     WRITTEN and its complete zip under the temporary name; the next run (its JobListener's
 *     beforeJob) moves it and marks it PUBLISHED. Nothing is exported twice and nothing is lost,
 *     unless the temporary file itself is lost with the disk: the flow then stays WRITTEN and is
 *     logged as SEVERE for a person to re-create it from the invoices marked with its name.</li>
 * </ul>
 * Writing the zip before the commit (rather than after) is deliberate: its content is then on disk
 * (forced) before the invoices count as exported, so the remaining window is a rename, never a
 * document to re-create.
 */
@Named
@Dependent
public class ChorusExportWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(ChorusExportWriter.class.getName());

    @Inject
    private ChorusExportStore store;

    @Inject
    private JobContext job;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    @BatchProperty
    private String exportDir;

    @Inject
    @BatchProperty
    private String syntax;

    @Override
    public void writeItems(List<Object> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        ChorusExportSettings settings = ChorusExportSettings.resolve(exportDir, syntax);
        List<ExportedDocument> documents = items.stream().map(ExportedDocument.class::cast).toList();
        Path directory = settings.exportDirectory();
        ExportFlow flow = store.newFlow(settings.syntax().name(),
                documents.stream().map(ExportedDocument::invoiceId).toList(), directory, job.getExecutionId());
        Path temporary = FlowArchive.writeTemporary(directory, flow.fileName(), flow.name(), settings.syntax().name(),
                documents);
        String fileName = flow.fileName();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the zip is already on disk
            }

            @Override
            public void afterCompletion(int status) {
                try {
                    if (status == Status.STATUS_COMMITTED) {
                        FlowArchive.publish(directory, fileName);
                    } else {
                        Files.deleteIfExists(temporary);
                    }
                } catch (IOException | RuntimeException e) {
                    // repaired by the next run's publishPending: the flow row says what to do
                    LOG.log(Level.WARNING, "Chorus flow " + fileName + ": zip not moved after the chunk", e);
                }
            }
        });
        LOG.log(Level.INFO, "Chorus flow {0}: {1} invoices", new Object[] {flow.name(), documents.size()});
    }
}
