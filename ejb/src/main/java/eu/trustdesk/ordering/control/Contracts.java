package eu.trustdesk.ordering.control;

import eu.trustdesk.ordering.entity.ClientContract;
import eu.trustdesk.ordering.entity.ContractStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/** Client contracts as checkout needs them: the one an organisation's order may go on. */
@Dependent
public class Contracts {

    @PersistenceContext
    private EntityManager em;

    /** The organisation's contract active on {@code day}, if any: "client contract" is offered only then. */
    public Optional<ClientContract> activeFor(long organisationId, LocalDate day) {
        return em.createNamedQuery(ClientContract.ACTIVE_ON, ClientContract.class)
                .setParameter("organisation", organisationId).setParameter("active", ContractStatus.ACTIVE)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether an active contract of the organisation covers a day of {@code start}..{@code end}. */
    public boolean overlaps(long organisationId, LocalDate start, LocalDate end) {
        return !em.createNamedQuery(ClientContract.OVERLAPPING, ClientContract.class)
                .setParameter("organisation", organisationId).setParameter("active", ContractStatus.ACTIVE)
                .setParameter("start", start).setParameter("end", end).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The next number of {@code year}: CT-2026-0001, CT-2026-0002... Taken from the highest
     * number of the year, which the four zero-padded digits keep in order up to 9999 contracts
     * a year; two administrators creating at the same instant are stopped by the unique number.
     */
    public String nextNumber(int year) {
        String prefix = ClientContract.number(year, 0).substring(0, "CT-2026-".length());
        String last = em.createNamedQuery(ClientContract.LAST_NUMBER, String.class)
                .setParameter("prefix", prefix + "%").getSingleResult();
        int rank = last == null ? 1 : Integer.parseInt(last.substring(prefix.length())) + 1;
        return ClientContract.number(year, rank);
    }
}
