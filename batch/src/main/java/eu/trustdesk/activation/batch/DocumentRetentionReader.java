package eu.trustdesk.activation.batch;

import eu.trustdesk.activation.boundary.DocumentRetention;
import eu.trustdesk.platform.batch.DueIdsReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** The ids of decided requests whose identity documents are due for deletion, in id order, checkpointed. */
@Named
@Dependent
public class DocumentRetentionReader extends DueIdsReader {

    @EJB
    private DocumentRetention retention;

    @Override
    protected long dueCount(long afterId, Instant asOf) {
        return retention.dueCount(afterId, asOf);
    }

    @Override
    protected List<Long> due(long afterId, Instant asOf, int max) {
        return retention.due(afterId, asOf, max);
    }
}
