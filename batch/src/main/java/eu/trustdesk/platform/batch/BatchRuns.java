package eu.trustdesk.platform.batch;

import eu.trustdesk.account.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Executions of this application's batch jobs, for administrators.
 *
 * <p>Not transactional: the job repository may live in another data source than the
 * application's, and two non-XA resources in one transaction fail (see ../shared/STACK.md).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRuns {

    /** The most recent executions of every job this application knows, newest first. */
    public List<Run> recent(int perJob) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Set<String> jobNames = operator.getJobNames();
        List<Run> runs = new ArrayList<>();
        for (String job : jobNames) {
            operator.getJobInstances(job, 0, perJob).forEach(instance ->
                    operator.getJobExecutions(instance).forEach(execution -> runs.add(Run.of(execution))));
        }
        runs.sort(Comparator.comparing(Run::executionId).reversed());
        return runs;
    }

    /** One execution as the console shows it. */
    public record Run(long executionId, String job, String status, Instant start, Instant end, String exitStatus)
            implements Serializable {

        static Run of(JobExecution execution) {
            return new Run(execution.getExecutionId(), execution.getJobName(), execution.getBatchStatus().name(),
                    execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                    execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
                    execution.getExitStatus());
        }
    }
}
