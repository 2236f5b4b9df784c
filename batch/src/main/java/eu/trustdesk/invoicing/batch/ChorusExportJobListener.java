package eu.trustdesk.invoicing.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Before the job: publishes the flows a crashed run committed but did not move (see
 * {@link ChorusExportWriter}). After it, whatever its outcome: the same, then the summary mail to
 * every accountant (exported, refused, flows).
 */
@Named
@Dependent
public class ChorusExportJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ChorusExportJobListener.class.getName());

    @Inject
    private ChorusExportStore store;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String exportDir;

    @Override
    public void beforeJob() {
        publish();
    }

    @Override
    public void afterJob() {
        List<String> missing = publish();
        ChorusExportStore.Summary summary = store.summary(job.getExecutionId());
        String link = ConfigProvider.getConfig().getOptionalValue("trustdesk.base-url", String.class)
                .orElse("http://localhost:8080/") + "console/invoices.xhtml";
        int mailed = store.mailSummary(summary, job.getBatchStatus(), missing, link);
        LOG.log(Level.INFO, "Chorus export {0}: {1} exported in {2} flows, {3} refused; {4} accountants told",
                new Object[] {job.getExecutionId(), summary.exported(), summary.flowNames().size(), summary.refused(),
                    mailed});
    }

    private List<String> publish() {
        return store.publishPending(ChorusExportSettings.resolve(exportDir, null).exportDirectory());
    }
}
