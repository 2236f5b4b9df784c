package eu.trustdesk.voucher.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * After a run that completed (first time or after a restart): one mail per partner listing the
 * vouchers this job instance expired. A stopped or failed execution mails nothing; its restart,
 * when it completes, mails the whole instance's list once.
 */
@Named
@Dependent
public class VoucherExpiryJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(VoucherExpiryJobListener.class.getName());

    @Inject
    private VoucherExpiryStore store;

    @Inject
    private JobContext job;

    @Override
    public void afterJob() {
        // during afterJob a run that went well still says STARTED (COMPLETED is set after the
        // listeners); a failed or stopped one already says so
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPING || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED) {
            return;
        }
        String link = ConfigProvider.getConfig().getOptionalValue("trustdesk.base-url", String.class)
                .orElse("http://localhost:8080/") + "partner/vouchers/index.xhtml";
        int partners = store.mailPartners(job.getInstanceId(), link);
        LOG.log(Level.INFO, "Voucher expiry {0} (instance {1}) completed; {2} partners told",
                new Object[] {job.getExecutionId(), job.getInstanceId(), partners});
    }
}
