package eu.trustdesk.activation.batch;

import eu.trustdesk.activation.boundary.DocumentRetention;
import eu.trustdesk.platform.batch.AsOf;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Deletes the identity documents of each request of the chunk through the boundary, in the chunk transaction. */
@Named
@Dependent
public class DocumentRetentionWriter extends AbstractItemWriter {

    @EJB
    private DocumentRetention retention;

    @Inject
    @BatchProperty
    private String asOf;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            retention.delete((Long) item, AsOf.parse(DocumentRetentions.JOB, asOf));
        }
    }
}
