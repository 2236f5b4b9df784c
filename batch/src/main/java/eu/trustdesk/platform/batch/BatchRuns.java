package eu.trustdesk.platform.batch;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.platform.entity.BatchProgress;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The batch console: the executions of every job of the product (found in the job repository, so
 * a job added later appears without a change here), their counts, progress and error; restart of
 * a failed or stopped one, stop of a running one. Administrators see every job, another role only
 * the jobs it owns ({@link JobOwners}); an execution of another job is treated as not found.
 *
 * <p>Every call to the batch runtime goes through {@link BatchJobs}, the component that starts
 * the jobs: the runtime shows a job only to the component that started it.
 *
 * <p>Not transactional: the job repository may live in another data source than the
 * application's, and a job must not be started inside a managed transaction (see STACK.md).
 */
@Stateless
@RolesAllowed({Role.Names.ACCOUNTANT, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRuns {

    static final String NOT_FOUND = "error.batch.notFound";
    static final String NOT_RESTARTABLE = BatchJobs.NOT_RESTARTABLE;
    static final String NOT_RUNNING = BatchJobs.NOT_RUNNING;
    static final String JOB_RUNNING = "error.batch.jobRunning";

    private static final Set<BatchStatus> RESTARTABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);
    private static final Set<BatchStatus> RUNNING =
            Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Resource
    private SessionContext caller;

    @EJB
    private BatchProgressStore progress;

    @EJB
    private BatchJobs jobs;

    /** The executions of the last {@code perJob} instances of every job the caller may see, newest first. */
    public List<Run> recent(int perJob) {
        List<JobExecution> executions = new ArrayList<>();
        for (String job : jobs.jobNames()) {
            if (visible(job)) {
                executions.addAll(jobs.executions(job, perJob));
            }
        }
        Map<Long, List<BatchProgress>> notes = new HashMap<>();
        progress.of(executions.stream().map(JobExecution::getExecutionId).toList())
                .forEach(note -> notes.computeIfAbsent(note.jobExecutionId(), id -> new ArrayList<>()).add(note));
        return executions.stream()
                .map(execution -> run(execution, notes.getOrDefault(execution.getExecutionId(), List.of())))
                .sorted(Comparator.comparing(Run::executionId).reversed())
                .toList();
    }

    /**
     * Restarts a failed or stopped execution with the parameters of its first start; returns the id
     * of the new execution. Refused while another execution of the same job runs (jobs such as the
     * Chorus export assume one run at a time) and for an execution that is not its instance's last.
     */
    public long restart(long executionId) {
        JobExecution execution = visibleExecution(executionId);
        if (!RESTARTABLE.contains(execution.getBatchStatus())) {
            throw new BusinessException(NOT_RESTARTABLE, executionId);
        }
        if (!jobs.running(execution.getJobName()).isEmpty()) {
            throw new BusinessException(JOB_RUNNING, execution.getJobName());
        }
        Properties parameters = jobs.parameters(executionId);
        return jobs.restart(executionId, parameters == null ? new Properties() : parameters);
    }

    /** Asks a running execution to stop after its current chunk. */
    public void stop(long executionId) {
        JobExecution execution = visibleExecution(executionId);
        if (!RUNNING.contains(execution.getBatchStatus())) {
            throw new BusinessException(NOT_RUNNING, executionId);
        }
        jobs.stop(executionId);
    }

    /** An execution of another role's job (or one started outside BatchJobs) is not found. */
    private JobExecution visibleExecution(long executionId) {
        return jobs.execution(executionId).filter(execution -> visible(execution.getJobName()))
                .orElseThrow(() -> new BusinessException(NOT_FOUND, executionId));
    }

    private boolean visible(String job) {
        return JobOwners.allows(job, caller::isCallerInRole);
    }

    private Run run(JobExecution execution, List<BatchProgress> notes) {
        BatchStatus status = execution.getBatchStatus();
        List<RunSummary.StepCounts> steps = new ArrayList<>();
        if (RUNNING.contains(status)) {
            // on MySQL the repository's metrics of a running step wait for its chunk to commit:
            // the counts the progress listener kept after the last chunk are read instead
            for (BatchProgress note : notes) {
                if (note.readCount() != null) {
                    steps.add(new RunSummary.StepCounts(note.stepName(), note.readCount(), note.writtenCount(),
                            note.skippedCount(), 0));
                }
            }
        } else {
            for (StepExecution step : jobs.steps(execution.getExecutionId())) {
                steps.add(RunSummary.StepCounts.of(step.getStepName(), step.getMetrics()));
            }
        }
        Map<String, Long> expected = new HashMap<>();
        String failure = null;
        for (BatchProgress note : notes) {
            if (note.expectedTotal() != null) {
                expected.put(note.stepName(), note.expectedTotal());
            }
            if (note.failure() != null) {
                failure = note.failure();
            }
        }
        if (failure == null && status == BatchStatus.FAILED && execution.getExitStatus() != null
                && !execution.getExitStatus().equals(status.name())) {
            // a job that sets its own exit status on failure says more than "FAILED"
            failure = execution.getExitStatus();
        }
        return new Run(execution.getExecutionId(), execution.getJobName(), status.name(),
                execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
                execution.getExitStatus(), RunSummary.of(status, steps, expected), failure,
                RESTARTABLE.contains(status), RUNNING.contains(status));
    }

    /**
     * One execution as the console shows it.
     *
     * @param failure the error of a failed execution, null otherwise or when the job recorded none
     * @param restartable failed or stopped (whether it is its instance's last is checked on restart)
     */
    public record Run(long executionId, String job, String status, Instant start, Instant end, String exitStatus,
            RunSummary summary, String failure, boolean restartable, boolean running) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
