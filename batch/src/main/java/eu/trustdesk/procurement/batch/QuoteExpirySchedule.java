package eu.trustdesk.procurement.batch;

import eu.trustdesk.platform.batch.BatchJobs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the quote expiry every night at 01:15, Paris time: just after midnight a quote valid until
 * yesterday is over. Not persistent: a night missed while the server was down is caught up by the
 * next run, which takes every valid quote past its month.
 */
@Singleton
public class QuoteExpirySchedule {

    private static final Logger LOG = Logger.getLogger(QuoteExpirySchedule.class.getName());

    /** Every job starts through it, so that the batch console sees the nightly runs too. */
    @EJB
    private BatchJobs jobs;

    @Schedule(hour = "1", minute = "15", timezone = "Europe/Paris", persistent = false, info = "quote expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        try {
            LOG.log(Level.INFO, "Nightly quote expiry: execution {0}", jobs.startOrJoin(QuoteExpiries.JOB, new Properties()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Nightly quote expiry not started", e);
        }
    }
}
