package eu.trustdesk.activation.batch;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.platform.batch.AsOf;
import eu.trustdesk.platform.batch.BatchJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;

/**
 * The identity-document retention for administrators: start a run now (the nightly schedule does
 * the same) through {@link BatchJobs}, so that the batch console sees it. Not transactional: a
 * job is never started inside a managed transaction (see STACK.md).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentRetentions {

    public static final String JOB = "document-retention";

    @EJB
    private BatchJobs jobs;

    /** Starts a run deleting what is due now; if one is already running, returns its execution id. */
    public long start() {
        return jobs.startOrJoin(JOB, AsOf.parameters(Clock.systemUTC().instant()));
    }
}
