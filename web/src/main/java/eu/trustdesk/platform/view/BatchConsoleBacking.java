package eu.trustdesk.platform.view;

import eu.trustdesk.platform.batch.BatchRuns;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code console/batch.xhtml}: the executions of every batch job, polled while one runs; restart
 * and stop. View-scoped so that a button acts on the row the user saw, even if a new execution
 * appeared in between.
 */
@Named
@ViewScoped
public class BatchConsoleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/console/batch?faces-redirect=true";
    /** Instances per job: a nightly job's last three weeks. */
    private static final int INSTANCES_PER_JOB = 21;

    @EJB
    private BatchRuns runs;

    private List<BatchRuns.Run> executions;

    public List<BatchRuns.Run> getExecutions() {
        if (executions == null) {
            executions = runs.recent(INSTANCES_PER_JOB);
        }
        return executions;
    }

    /** Whether the page keeps polling. */
    public boolean isAnyRunning() {
        return getExecutions().stream().anyMatch(BatchRuns.Run::running);
    }

    /** The poll: read the executions again. */
    public void refresh() {
        executions = null;
    }

    public String restart(BatchRuns.Run run) {
        try {
            long restarted = runs.restart(run.executionId());
            Messages.info("console.batch.restarted", String.valueOf(run.executionId()), String.valueOf(restarted));
        } catch (BusinessException e) {
            Messages.error(e);
        }
        return SELF;
    }

    public String stop(BatchRuns.Run run) {
        try {
            runs.stop(run.executionId());
            Messages.info("console.batch.stopping", String.valueOf(run.executionId()));
        } catch (BusinessException e) {
            Messages.error(e);
        }
        return SELF;
    }
}
