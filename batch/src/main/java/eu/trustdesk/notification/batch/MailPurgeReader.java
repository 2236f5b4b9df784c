package eu.trustdesk.notification.batch;

import eu.trustdesk.notification.boundary.MailRetention;
import eu.trustdesk.platform.batch.DueIdsReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** The ids of delivered mails whose content is due for purge, in id order, checkpointed. */
@Named
@Dependent
public class MailPurgeReader extends DueIdsReader {

    @EJB
    private MailRetention retention;

    @Override
    protected long dueCount(long afterId, Instant asOf) {
        return retention.dueCount(afterId, asOf);
    }

    @Override
    protected List<Long> due(long afterId, Instant asOf, int max) {
        return retention.due(afterId, asOf, max);
    }
}
