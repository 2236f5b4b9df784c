package eu.trustdesk.voucher.batch;

import eu.trustdesk.account.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * The voucher expiry for administrators: start a run now (the nightly schedule does the same).
 * Not transactional: a job is never started inside a managed transaction (see STACK.md).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VoucherExpiries {

    public static final String JOB = "voucher-expiry";

    /** Starts a run expiring what is due now; if one is already running, returns its execution id. */
    public long start() {
        return startOrJoin(Clock.systemUTC().instant());
    }

    /** Restarts a stopped or failed execution with its own parameters (its cutoff stays the same). */
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.restart(executionId, operator.getParameters(executionId));
    }

    /** Shared with the nightly schedule, which has no caller to authorise. */
    static long startOrJoin(Instant asOf) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            List<Long> running = operator.getRunningExecutions(JOB);
            if (!running.isEmpty()) {
                return running.get(0);
            }
        } catch (NoSuchJobException e) {
            // never run yet
        }
        Properties parameters = new Properties();
        parameters.setProperty(ExpiryParameters.AS_OF, asOf.toString());
        return operator.start(JOB, parameters);
    }
}
