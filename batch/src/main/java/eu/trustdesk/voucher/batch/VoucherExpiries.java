package eu.trustdesk.voucher.batch;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.platform.batch.BatchJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;

/**
 * The voucher expiry for administrators: start a run now (the nightly schedule does the same),
 * through {@link BatchJobs} like every job, so that the batch console sees its runs. Not
 * transactional: a job is never started inside a managed transaction (see STACK.md).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VoucherExpiries {

    public static final String JOB = "voucher-expiry";

    @EJB
    private BatchJobs jobs;

    /** Starts a run expiring what is due now; if one is already running, returns its execution id. */
    public long start() {
        return jobs.startOrJoin(JOB, parameters(Clock.systemUTC().instant()));
    }

    /** Restarts a stopped or failed execution with its own parameters (its cutoff stays the same). */
    public long restart(long executionId) {
        return jobs.restart(executionId, jobs.parameters(executionId));
    }

    /** The parameters of a run expiring what is due at {@code asOf}, for the nightly schedule too. */
    static Properties parameters(Instant asOf) {
        Properties parameters = new Properties();
        parameters.setProperty(ExpiryParameters.AS_OF, asOf.toString());
        return parameters;
    }
}
