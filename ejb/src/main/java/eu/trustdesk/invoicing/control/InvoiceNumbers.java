package eu.trustdesk.invoicing.control;

import eu.trustdesk.invoicing.entity.InvoiceKind;
import eu.trustdesk.invoicing.entity.InvoiceSequence;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out invoice and credit-note numbers without gaps: one sequence per kind and year, in the
 * caller's transaction.
 *
 * <p>How: the sequence row of the kind and year is read with a pessimistic write lock
 * ({@code SELECT ... FOR UPDATE}) and incremented. Another transaction asking for a number of the
 * same kind and year waits on that lock until the first one ends. If the caller commits, its
 * number is used and the next caller gets the following one; if it rolls back, the increment
 * rolls back with it and the next caller gets the very same number. So numbers are neither
 * duplicated nor skipped, whatever the concurrency, as long as the caller issues the document in
 * the transaction that took the number. The price: documents of one kind are issued one at a time,
 * and the lock is held until the caller's transaction ends, so callers keep that short.
 *
 * <p>The first number of a year needs the row to exist. It is created, when a plain read does not
 * see it, by an insert that does nothing if another transaction has just created it
 * ({@link InvoiceSequence#CREATE_IF_ABSENT}), still in the caller's transaction. Catching a
 * duplicate-key failure instead is not possible there: JPA marks the caller's transaction for
 * rollback on any failed statement. The existence check is a plain (non-locking) read on purpose:
 * a locking read of a missing row takes a gap lock on InnoDB, and two callers each holding one and
 * then inserting would deadlock.
 */
@Dependent
public class InvoiceNumbers {

    @PersistenceContext
    private EntityManager em;

    /** The next number of {@code kind} in {@code year}, used if and only if the caller's transaction commits. */
    public String next(InvoiceKind kind, int year) {
        // the flush also writes a value this transaction already took, before the row is locked and read again
        long rows = em.createQuery("select count(s) from InvoiceSequence s where s.kind = :kind and s.year = :year",
                Long.class).setParameter("kind", kind).setParameter("year", year)
                .setFlushMode(FlushModeType.AUTO).getSingleResult();
        if (rows == 0) {
            em.createNamedQuery(InvoiceSequence.CREATE_IF_ABSENT)
                    .setParameter(1, kind.name()).setParameter(2, year).executeUpdate();
        }
        InvoiceSequence sequence = em.find(InvoiceSequence.class, new InvoiceSequence.Key(kind, year),
                LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            throw new IllegalStateException("no invoice sequence " + kind + " " + year);
        }
        return format(kind, year, sequence.take());
    }

    /** The number of the {@code sequence}-th document of {@code kind} in {@code year}: {@code FA-2026-000123}. */
    public static String format(InvoiceKind kind, int year, long sequence) {
        return kind.number(year, sequence);
    }

    /** The position of a number in its sequence: 123 for {@code FA-2026-000123}. */
    public static long sequenceOf(String number) {
        int dash = number == null ? -1 : number.lastIndexOf('-');
        if (dash < 0 || dash == number.length() - 1) {
            throw new IllegalArgumentException("not an invoice number: " + number);
        }
        try {
            return Long.parseLong(number.substring(dash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an invoice number: " + number, e);
        }
    }
}
