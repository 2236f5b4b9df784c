package eu.trustdesk.notification.batch;

import eu.trustdesk.notification.boundary.MailRetention;
import eu.trustdesk.platform.batch.AsOf;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Purges the content of each mail of the chunk through the boundary, in the chunk transaction. */
@Named
@Dependent
public class MailPurgeWriter extends AbstractItemWriter {

    @EJB
    private MailRetention retention;

    @Inject
    @BatchProperty
    private String asOf;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            retention.purge((Long) item, AsOf.parse(MailPurges.JOB, asOf));
        }
    }
}
