package eu.trustdesk.invoicing.view;

import eu.trustdesk.invoicing.batch.ChorusExports;
import eu.trustdesk.invoicing.entity.ExportFlow;
import eu.trustdesk.invoicing.entity.ExportProblem;
import eu.trustdesk.platform.view.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code console/chorus.xhtml}: the Chorus Pro export for accountants: start a run now, the recent
 * runs, the flows written and the invoices the export refused. The entities are not serialisable,
 * hence transient and read again from the boundary when needed.
 */
@Named
@ViewScoped
public class ChorusConsoleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/console/chorus?faces-redirect=true";

    @EJB
    private ChorusExports exports;

    private transient List<ChorusExports.Run> executions;
    private transient List<ExportFlow> flows;
    private transient List<ExportProblem> problems;

    /** Starts a run, or tells which one is already going (the boundary then returns its id). */
    public String start() {
        List<Long> known = exports.executions().stream().map(ChorusExports.Run::executionId).toList();
        long execution = exports.start();
        Messages.info(known.contains(execution) ? "console.chorus.alreadyRunning" : "console.chorus.started",
                String.valueOf(execution));
        return SELF;
    }

    public List<ChorusExports.Run> getExecutions() {
        if (executions == null) {
            executions = exports.executions();
        }
        return executions;
    }

    public List<ExportFlow> getFlows() {
        if (flows == null) {
            flows = exports.flows();
        }
        return flows;
    }

    public List<ExportProblem> getProblems() {
        if (problems == null) {
            problems = exports.problems();
        }
        return problems;
    }
}
