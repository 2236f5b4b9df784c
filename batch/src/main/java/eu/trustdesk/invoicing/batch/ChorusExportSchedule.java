package eu.trustdesk.invoicing.batch;

import eu.trustdesk.platform.batch.BatchJobs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts the Chorus Pro export every night at 02:30, Paris time, unless
 * {@code trustdesk.chorus.schedule-enabled} is false (e.g. on a second server). Not persistent: a
 * night missed while the server was down is caught up by the next run, which takes every invoice
 * not exported yet.
 */
@Singleton
public class ChorusExportSchedule {

    @EJB
    private BatchJobs jobs;

    private static final Logger LOG = Logger.getLogger(ChorusExportSchedule.class.getName());

    @Schedule(hour = "2", minute = "30", timezone = "Europe/Paris", persistent = false, info = "Chorus Pro export")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        boolean enabled = ConfigProvider.getConfig()
                .getOptionalValue(ChorusExportSettings.SCHEDULE_ENABLED, Boolean.class).orElse(true);
        if (!enabled) {
            LOG.info("Nightly Chorus Pro export disabled (" + ChorusExportSettings.SCHEDULE_ENABLED + "=false)");
            return;
        }
        try {
            long execution = jobs.startOrJoin(ChorusExports.JOB, new Properties());
            LOG.log(Level.INFO, "Nightly Chorus Pro export: execution {0}", execution);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Nightly Chorus Pro export not started", e);
        }
    }
}
