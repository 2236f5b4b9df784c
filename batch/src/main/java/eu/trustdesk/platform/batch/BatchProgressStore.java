package eu.trustdesk.platform.batch;

import eu.trustdesk.platform.entity.BatchProgress;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Where jobs leave their progress notes for the batch console (see the package documentation for
 * the convention). For job artifacts only, which have no caller to authorise; the console reads
 * through {@link BatchRuns}.
 *
 * <p>The writes run in a transaction of their own: the total must be visible while the step is
 * still in its first chunk, and a failure must survive the chunk transaction it rolled back.
 */
@Stateless
public class BatchProgressStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The reader of {@code step} expects {@code total} items in this execution. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expect(long jobExecutionId, String step, long total) {
        of(jobExecutionId, step).expect(total, clock.instant());
    }

    /** The counts of {@code step} after its last chunk. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void counted(long jobExecutionId, String step, long read, long written, long skipped) {
        of(jobExecutionId, step).counted(read, written, skipped, clock.instant());
    }

    /** {@code step} failed with this error. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long jobExecutionId, String step, String message) {
        of(jobExecutionId, step).failed(message, clock.instant());
    }

    /** The notes of these executions, all steps. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BatchProgress> of(Collection<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(BatchProgress.OF_EXECUTIONS, BatchProgress.class)
                .setParameter("executions", jobExecutionIds).getResultList();
    }

    private BatchProgress of(long jobExecutionId, String step) {
        List<BatchProgress> found = em.createNamedQuery(BatchProgress.OF_STEP, BatchProgress.class)
                .setParameter("execution", jobExecutionId).setParameter("step", step).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        BatchProgress created = new BatchProgress(jobExecutionId, step, clock.instant());
        em.persist(created);
        return created;
    }
}
