package eu.trustdesk.procurement.batch;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.platform.batch.BatchJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * The quote expiry for the back office: start a run now, see the recent runs.
 *
 * <p>Not transactional: a job must not be started inside a managed transaction (see STACK.md).
 */
@Stateless
@RolesAllowed({Role.Names.ACCOUNTANT, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuoteExpiries {

    public static final String JOB = "quote-expiry";
    private static final int LIST_SIZE = 20;

    /** Every job starts through it, so that the batch console sees the runs, whoever started them. */
    @EJB
    private BatchJobs jobs;

    /** Starts a run now and returns its execution id; if one is already running, returns that one's. */
    public long start() {
        return jobs.startOrJoin(JOB, new Properties());
    }

    /** The recent runs, newest first, whether started here or by the nightly schedule. */
    public List<Run> executions() {
        List<Run> runs = new ArrayList<>();
        jobs.executions(JOB, LIST_SIZE).forEach(execution -> runs.add(Run.of(execution)));
        runs.sort(Comparator.comparing(Run::executionId).reversed());
        return runs;
    }

    /** One execution of the expiry. */
    public record Run(long executionId, String status, Instant start, Instant end, String exitStatus)
            implements Serializable {

        static Run of(JobExecution execution) {
            return new Run(execution.getExecutionId(), execution.getBatchStatus().name(),
                    execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                    execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
                    execution.getExitStatus());
        }
    }
}
