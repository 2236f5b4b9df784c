package eu.trustdesk.notification.batch;

import eu.trustdesk.platform.batch.AsOf;
import eu.trustdesk.platform.batch.BatchJobs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts the purge of delivered mails' content every night at 03:15, Paris time (after the other
 * jobs, which write mails), unless {@code TRUSTDESK_RETENTION_SCHEDULE_ENABLED} is false. Not
 * persistent: a night missed is caught up by the next run, which purges everything due by then.
 */
@Singleton
public class MailPurgeSchedule {

    /** Shared with the document retention: both are the product's retention policy. */
    public static final String SCHEDULE_ENABLED = "trustdesk.retention.schedule-enabled";
    private static final Logger LOG = Logger.getLogger(MailPurgeSchedule.class.getName());

    /** Every job starts through it, so that the batch console sees the nightly runs too. */
    @EJB
    private BatchJobs jobs;

    @Schedule(hour = "3", minute = "15", timezone = "Europe/Paris", persistent = false, info = "Mail content purge")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        if (!ConfigProvider.getConfig().getOptionalValue(SCHEDULE_ENABLED, Boolean.class).orElse(true)) {
            LOG.info("Nightly mail purge disabled (" + SCHEDULE_ENABLED + "=false)");
            return;
        }
        try {
            long execution = jobs.startOrJoin(MailPurges.JOB, AsOf.parameters(Clock.systemUTC().instant()));
            LOG.log(Level.INFO, "Nightly mail purge: execution {0}", execution);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Nightly mail purge not started", e);
        }
    }
}
