package eu.trustdesk.invoicing.batch;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.invoicing.entity.ExportFlow;
import eu.trustdesk.invoicing.entity.ExportFlowItem;
import eu.trustdesk.invoicing.entity.ExportProblem;
import eu.trustdesk.platform.batch.BatchJobs;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    /**
     * One flow: its zip, the invoices it carries (and where each one is now, when it was reopened
     * and sent again), and the invoices its run refused.
     *
     * @throws BusinessException {@code error.notFound} when there is no flow of that name
     */
    public FlowDetail flow(String name) {
        ExportFlow flow = name == null ? null : store.flowNamed(name);
        if (flow == null) {
            throw new BusinessException("error.notFound");
        }
        Map<Long, String> now = store.currentFlows(flow.items().stream().map(ExportFlowItem::invoiceId).toList());
        List<FlowItem> items = flow.items().stream()
                .map(item -> new FlowItem(item.invoiceId(), item.invoiceNumber(), now.get(item.invoiceId())))
                .toList();
        List<ExportProblem> problems = flow.jobExecutionId() == null ? List.of()
                : store.problemsOf(flow.jobExecutionId());
        return new FlowDetail(flow, items, problems);
    }

    /**
     * The zip of a published flow, as it lies in the export directory.
     *
     * @throws BusinessException {@code error.notFound} for an unknown flow,
     *         {@code error.chorus.archiveMissing} when its zip is no longer there
     */
    public byte[] archive(String name) {
        ExportFlow flow = flow(name).flow();
        Path directory = flow.directory() == null ? ChorusExportSettings.resolve(null, null).exportDirectory()
                : Path.of(flow.directory());
        Path file = directory.resolve(flow.fileName());
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BusinessException("error.chorus.archiveMissing", flow.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A flow with what the console shows of it. */
    public record FlowDetail(ExportFlow flow, List<FlowItem> items, List<ExportProblem> problems) {
    }

    /**
     * One invoice of a flow.
     *
     * @param currentFlow the flow it is exported in now: this one, a later one after it was
     *        reopened, or null while it waits for the next run
     */
    public record FlowItem(long invoiceId, String number, String currentFlow) implements Serializable {
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
