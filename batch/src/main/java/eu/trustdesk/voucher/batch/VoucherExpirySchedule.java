package eu.trustdesk.voucher.batch;

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
 * Starts the voucher expiry every night at 01:30, Paris time (before the Chorus export), unless
 * {@code trustdesk.voucher.expiry-schedule-enabled} is false. Not persistent: a night missed is
 * caught up by the next run, which expires everything due by then.
 */
@Singleton
public class VoucherExpirySchedule {

    static final String SCHEDULE_ENABLED = "trustdesk.voucher.expiry-schedule-enabled";
    private static final Logger LOG = Logger.getLogger(VoucherExpirySchedule.class.getName());

    /** Every job starts through it, so that the batch console sees the nightly runs too. */
    @EJB
    private BatchJobs jobs;

    @Schedule(hour = "1", minute = "30", timezone = "Europe/Paris", persistent = false, info = "Voucher expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        boolean enabled = ConfigProvider.getConfig().getOptionalValue(SCHEDULE_ENABLED, Boolean.class).orElse(true);
        if (!enabled) {
            LOG.info("Nightly voucher expiry disabled (" + SCHEDULE_ENABLED + "=false)");
            return;
        }
        try {
            long execution = jobs.startOrJoin(VoucherExpiries.JOB,
                    VoucherExpiries.parameters(Clock.systemUTC().instant()));
            LOG.log(Level.INFO, "Nightly voucher expiry: execution {0}", execution);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Nightly voucher expiry not started", e);
        }
    }
}
