package eu.trustdesk.invoicing.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The next number of one kind of document in one year. French law wants invoice numbers to form
 * an uninterrupted sequence; one row per kind and year, read with a pessimistic write lock and
 * incremented in the transaction that issues the document, gives exactly that (see
 * {@code InvoiceNumbers} in the ejb module).
 *
 * <p>Never cached: the value must always be read, locked, from the database.
 */
@Entity
@Table(name = "invoice_sequence")
@IdClass(InvoiceSequence.Key.class)
@Cacheable(false)
/*
 * Creates the row of a new year if it is not there yet, in the caller's transaction, without ever
 * failing on a duplicate: a failed statement would mark the caller's transaction for rollback. On
 * InnoDB, "on duplicate key update" takes an exclusive lock on an existing row straight away (a
 * plain INSERT IGNORE takes a shared one, and two callers upgrading their shared locks deadlock).
 * H2 accepts the same statement in MySQL mode.
 */
@NamedNativeQuery(name = InvoiceSequence.CREATE_IF_ABSENT,
        query = "INSERT INTO invoice_sequence (kind, fiscal_year, next_value) VALUES (?1, ?2, 1)"
                + " ON DUPLICATE KEY UPDATE next_value = next_value")
public class InvoiceSequence {

    public static final String CREATE_IF_ABSENT = "InvoiceSequence.createIfAbsent";

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = InvoiceKind.CODE_LENGTH)
    private InvoiceKind kind;

    @Id
    @Column(name = "fiscal_year")
    private int year;

    @Column(name = "next_value", nullable = false)
    private long nextValue;

    protected InvoiceSequence() {
        // for JPA
    }

    public InvoiceSequence(InvoiceKind kind, int year) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.year = year;
        this.nextValue = 1;
    }

    /** Hands out the next value; the caller holds the row's lock until its transaction ends. */
    public long take() {
        return nextValue++;
    }

    public InvoiceKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public long nextValue() {
        return nextValue;
    }

    /** Primary key: kind and year. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private InvoiceKind kind;
        private int year;

        public Key() {
            // for JPA
        }

        public Key(InvoiceKind kind, int year) {
            this.kind = kind;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && kind == other.kind && year == other.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, year);
        }

        @Override
        public String toString() {
            return kind + "/" + year;
        }
    }
}
