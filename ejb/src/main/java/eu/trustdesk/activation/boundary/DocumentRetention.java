package eu.trustdesk.activation.boundary;

import eu.trustdesk.activation.control.DocumentStore;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.IdentityDocument;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.platform.RetentionPeriod;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention of identity documents (job {@code document-retention}): a request's documents,
 * files and rows, are deleted {@code TRUSTDESK_IDENTITY_DOCUMENT_RETENTION_DAYS} after its final
 * decision (see {@link ActivationRequest#documentsDueForDeletion}); the request, its decision,
 * its timeline and the audit trail stay, and each deletion is audited with the document's
 * SHA-256, the evidence of what was checked.
 *
 * <p>Called by the batch job, which has no signed-in caller, hence no role. No caller can delete
 * more than the policy says: the period comes from the configuration, never from a parameter,
 * and a run's start time ({@code asOf}) later than now counts as now.
 */
@Stateless
@PermitAll
public class DocumentRetention {

    public static final String DAYS = "trustdesk.identity-document.retention-days";
    /** See docs/OPERATIONS.md, Retention: the time to contest a decision, and to come back after a rejection. */
    static final int DEFAULT_DAYS = 90;
    static final String ACTOR = "system:document-retention";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DocumentStore store;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = DAYS)
    private Optional<String> configuredDays;

    public RetentionPeriod period() {
        return RetentionPeriod.of(DAYS, configuredDays, DEFAULT_DAYS);
    }

    /** The next ids (at most {@code max}) after {@code afterId} of requests whose documents are due for deletion. */
    public List<Long> due(long afterId, Instant asOf, int max) {
        return em.createNamedQuery(ActivationRequest.DOCUMENTS_DUE, Long.class)
                .setParameter("after", afterId).setParameter("decided", ActivationRequest.FINAL_DECISIONS)
                .setParameter("cutoff", cutoff(asOf)).setMaxResults(max).getResultList();
    }

    public long dueCount(long afterId, Instant asOf) {
        // the ids of a night are few (decisions of one day, once the backlog is gone): counting them is cheap
        return due(afterId, asOf, Integer.MAX_VALUE).size();
    }

    /**
     * Deletes the documents of one request if they are still due (a rejected file taken up again
     * meanwhile is not); returns how many went. The rows go first and are flushed, then the files:
     * a file that cannot be deleted fails the chunk, which rolls the rows back and shows the error
     * in the batch console; a file deleted by a chunk that then rolled back is simply missing next time.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int delete(long requestId, Instant asOf) {
        ActivationRequest request = em.find(ActivationRequest.class, requestId);
        Instant cutoff = cutoff(asOf);
        if (request == null || !request.documentsDueForDeletion(cutoff)) {
            return 0;
        }
        List<IdentityDocument> documents = request.deleteDocuments(cutoff, clock.instant());
        for (IdentityDocument document : documents) {
            em.remove(document);
            audit.record(ACTOR, "activation.documentDeleted", ValidationDesk.SUBJECT, requestId,
                    "document " + document.id() + " (" + document.contentType() + ", " + document.sizeBytes()
                            + " bytes, sha256:" + document.sha256() + ") uploaded " + document.uploadedAt()
                            + "; request " + request.status() + " on " + request.decidedAt()
                            + "; retention " + period().days() + " days");
        }
        em.flush();
        documents.forEach(document -> store.delete(document.storedName()));
        return documents.size();
    }

    private Instant cutoff(Instant asOf) {
        return period().cutoff(asOf, clock.instant());
    }
}
