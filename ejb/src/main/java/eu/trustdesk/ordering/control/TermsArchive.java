package eu.trustdesk.ordering.control;

import eu.trustdesk.ordering.entity.TermsOfSaleVersion;
import eu.trustdesk.shared.Language;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The terms of sale as issued, in the caller's transaction: the current version in a language is
 * produced once, the first time it is shown or accepted, and from then on always served from
 * what was stored — so what a buyer reads, what the order links and what is shown years later are
 * the same bytes, whatever becomes of the texts in the bundles.
 *
 * <p>The first use of a version writes its row with an insert that does nothing when another
 * transaction has just written it ({@link TermsOfSaleVersion#CREATE_IF_ABSENT}), like the first
 * invoice number of a year: a duplicate-key failure cannot be caught inside the caller's
 * transaction. The row is then read with a locking read, which sees a row another transaction
 * committed after this one's snapshot was taken (a plain read might not, on InnoDB).
 */
@Dependent
public class TermsArchive {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The current version of the terms in {@code language}, stored when this is its first use. */
    public TermsOfSaleVersion current(Language language) {
        String version = TermsOfSale.CURRENT_VERSION;
        TermsOfSaleVersion kept = find(version, language, LockModeType.NONE);
        if (kept != null) {
            return kept;
        }
        TermsOfSaleVersion issued = new TermsOfSaleVersion(version, language, TermsOfSale.pdf(language), clock.instant());
        em.createNamedQuery(TermsOfSaleVersion.CREATE_IF_ABSENT)
                .setParameter(1, issued.version()).setParameter(2, issued.language().name())
                .setParameter(3, issued.pdf()).setParameter(4, issued.sha256())
                .setParameter(5, java.sql.Timestamp.from(issued.issuedAt()))
                .executeUpdate();
        kept = find(version, language, LockModeType.PESSIMISTIC_READ);
        if (kept == null) {
            throw new IllegalStateException("terms of sale " + version + " " + language + " not stored");
        }
        return kept;
    }

    private TermsOfSaleVersion find(String version, Language language, LockModeType lock) {
        return em.createNamedQuery(TermsOfSaleVersion.BY_VERSION, TermsOfSaleVersion.class)
                .setParameter("version", version).setParameter("language", language)
                .setLockMode(lock).getResultStream().findFirst().orElse(null);
    }
}
