package eu.trustdesk.invoicing.batch;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.invoicing.entity.ExportFlow;
import eu.trustdesk.invoicing.entity.ExportProblem;
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
 * The Chorus Pro export for accountants: start a run now, see the runs, the flows and the
 * invoices refused.
 *
 * <p>Not transactional: a job must not be started inside a managed transaction (its repository is
 * another data source, see STACK.md), and the lists only read.
 */
@Stateless
@RolesAllowed({Role.Names.ACCOUNTANT, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChorusExports {

    public static final String JOB = "chorus-export";
    private static final int LIST_SIZE = 100;

    @EJB
    private ChorusExportStore store;

    /** Starts and lists the runs: the batch runtime shows a run only to the component that started it. */
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

    /** The most recent flows, newest first. */
    public List<ExportFlow> flows() {
        return store.recentFlows(LIST_SIZE);
    }

    /** The most recent problems, newest first. */
    public List<ExportProblem> problems() {
        return store.recentProblems(LIST_SIZE);
    }

    /** One execution of the export. */
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
