package eu.trustdesk.platform.batch;

import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.audit.control.SeparateAuditTrail;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The one component through which TrustDesk starts, restarts, stops and reads its batch jobs.
 * <b>Every job must be started here</b> (schedules and boundaries inject this bean rather than
 * calling {@code BatchRuntime.getJobOperator().start}).
 *
 * <p>Why: Payara's batch runtime tags each job instance with the component that started it (for
 * an EJB: the bean itself) and lets only that component see, restart or stop it. Through this one
 * bean, the batch console sees every job of the product, whichever schedule or boundary started
 * it; a job started elsewhere runs but stays invisible to the console.
 *
 * <p>No role: it is called by schedules, which have no caller, and by boundaries, which check
 * their callers before; the web layer never calls it. The runtime's refusals come back as
 * {@link BusinessException}s (an unchecked exception other than an application exception would
 * reach the caller wrapped in an {@code EJBException}). Not transactional: a job must not be
 * started inside a managed transaction (see STACK.md).
 *
 * <p>Every start, restart and stop is audited (actor: the signed-in caller, or "system" for a
 * schedule), each in a transaction of its own ({@link SeparateAuditTrail}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    static final String NOT_RESTARTABLE = "error.batch.notRestartable";
    static final String NOT_RUNNING = "error.batch.notRunning";
    /** More runs than this starting in the same instant would be a fault of its own. */
    private static final int MAX_STARTING_AT_ONCE = 4;
    static final String SUBJECT = "BatchExecution";

    @Resource
    private SessionContext session;

    @EJB
    private SeparateAuditTrail audit;

    /** Starts {@code job} (the id of its XML) and returns the execution id. */
    public long start(String job, Properties parameters) {
        long execution = BatchRuntime.getJobOperator().start(job, parameters);
        audit.record(actor(), "batch.started", SUBJECT, execution, job);
        return execution;
    }

    /** Starts {@code job} unless one of its executions is running, whose id is then returned. */
    public long startOrJoin(String job, Properties parameters) {
        List<Long> running = running(job);
        return running.isEmpty() ? start(job, parameters) : running.get(0);
    }

    /** Restarts a failed or stopped execution, the last of its instance; returns the new execution's id. */
    public long restart(long executionId, Properties parameters) {
        try {
            long execution = BatchRuntime.getJobOperator().restart(executionId, parameters);
            audit.record(actor(), "batch.restarted", SUBJECT, execution, "restart of " + executionId);
            return execution;
        } catch (JobExecutionNotMostRecentException | JobExecutionAlreadyCompleteException | JobRestartException
                | NoSuchJobExecutionException | JobSecurityException e) {
            throw new BusinessException(NOT_RESTARTABLE, executionId);
        }
    }

    /** Asks a running execution to stop after its current chunk. */
    public void stop(long executionId) {
        try {
            BatchRuntime.getJobOperator().stop(executionId);
        } catch (JobExecutionNotRunningException | NoSuchJobExecutionException | JobSecurityException e) {
            throw new BusinessException(NOT_RUNNING, executionId);
        }
        audit.record(actor(), "batch.stopped", SUBJECT, executionId, null);
    }

    private String actor() {
        return AuditTrail.actor(session.getCallerPrincipal());
    }

    /** The ids of the running executions of {@code job}; none when it never ran. */
    public List<Long> running(String job) {
        try {
            return BatchRuntime.getJobOperator().getRunningExecutions(job);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    public Set<String> jobNames() {
        return BatchRuntime.getJobOperator().getJobNames();
    }

    /**
     * The executions of the last {@code instances} instances of {@code job}, in no particular order.
     * A run being started at this very moment may be missing: it is listed on the next reading.
     */
    public List<JobExecution> executions(String job, int instances) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecution> executions = new ArrayList<>();
        try {
            instancesWithStatus(operator, job, instances)
                    .forEach(instance -> executions.addAll(operator.getJobExecutions(instance)));
        } catch (NoSuchJobException e) {
            // never run yet
        }
        return executions;
    }

    /**
     * The newest instances of {@code job}, leaving out those being created. jbatch writes a new
     * instance's row before its status row, and its {@code getJobInstances} fails with a
     * NullPointerException on an instance without status: the batch console then failed with an
     * error page whenever it was read while a run started. Such an instance is always among the
     * newest (one per run starting at that moment), so the list is read again from the next one.
     */
    private static List<JobInstance> instancesWithStatus(JobOperator operator, String job, int instances) {
        for (int starting = 0; ; starting++) {
            try {
                return operator.getJobInstances(job, starting, instances);
            } catch (NullPointerException beingCreated) {
                if (starting >= MAX_STARTING_AT_ONCE) {
                    throw beingCreated;
                }
            }
        }
    }

    /** The executions of the instance {@code executionId} belongs to (itself, earlier and later restarts). */
    public List<JobExecution> executionsOfInstance(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(executionId));
    }

    /** The execution, empty when unknown (or started outside this bean). */
    public Optional<JobExecution> execution(long executionId) {
        try {
            return Optional.ofNullable(BatchRuntime.getJobOperator().getJobExecution(executionId));
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            return Optional.empty();
        }
    }

    public List<StepExecution> steps(long executionId) {
        return BatchRuntime.getJobOperator().getStepExecutions(executionId);
    }

    public Properties parameters(long executionId) {
        return BatchRuntime.getJobOperator().getParameters(executionId);
    }
}
