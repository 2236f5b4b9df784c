package eu.trustdesk.activation.batch;

import eu.trustdesk.notification.batch.MailPurgeSchedule;
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
 * Starts the identity-document retention every night at 03:45, Paris time, unless
 * {@code TRUSTDESK_RETENTION_SCHEDULE_ENABLED} is false. Not persistent: a night missed is caught
 * up by the next run, which deletes everything due by then.
 */
@Singleton
public class DocumentRetentionSchedule {

    private static final Logger LOG = Logger.getLogger(DocumentRetentionSchedule.class.getName());

    /** Every job starts through it, so that the batch console sees the nightly runs too. */
    @EJB
    private BatchJobs jobs;

    @Schedule(hour = "3", minute = "45", timezone = "Europe/Paris", persistent = false, info = "Identity document retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        if (!ConfigProvider.getConfig().getOptionalValue(MailPurgeSchedule.SCHEDULE_ENABLED, Boolean.class).orElse(true)) {
            LOG.info("Nightly document retention disabled (" + MailPurgeSchedule.SCHEDULE_ENABLED + "=false)");
            return;
        }
        try {
            long execution = jobs.startOrJoin(DocumentRetentions.JOB, AsOf.parameters(Clock.systemUTC().instant()));
            LOG.log(Level.INFO, "Nightly document retention: execution {0}", execution);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Nightly document retention not started", e);
        }
    }
}
