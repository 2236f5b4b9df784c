package eu.trustdesk.notification.batch;

import eu.trustdesk.notification.boundary.MailRetention;
import eu.trustdesk.platform.batch.AsOf;
import eu.trustdesk.platform.batch.BatchProgressStore;
import eu.trustdesk.platform.batch.IdCheckpointReader;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The ids of delivered mails whose content is due for purge, in id order, checkpointed. */
@Named
@Dependent
public class MailPurgeReader extends IdCheckpointReader {

    @EJB
    private MailRetention retention;

    @Inject
    @BatchProperty
    private String asOf;

    @Inject
    private BatchProgressStore progress;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Override
    public void open(Serializable checkpoint) {
        super.open(checkpoint);
        progress.expect(job.getExecutionId(), step.getStepName(), retention.dueCount(lastId(), asOf()));
    }

    @Override
    protected List<Long> next(long afterId, int max) {
        return retention.due(afterId, asOf(), max);
    }

    private java.time.Instant asOf() {
        return AsOf.parse(MailPurges.JOB, asOf);
    }
}
