package eu.trustdesk.invoicing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One Chorus Pro flow: a zip of EN 16931 documents written by the nightly export, named
 * {@code CHORUS-yyyyMMdd-nnnn}. The row commits with the invoices it marks exported; the zip is
 * then moved from its temporary name to {@link #fileName()} and the flow {@link #published}.
 */
@Entity
@Table(name = "export_flow")
@NamedQuery(name = ExportFlow.COUNT_OF_PREFIX, query = "select count(f) from ExportFlow f where f.name like :prefix")
@NamedQuery(name = ExportFlow.WITH_STATUS, query = "select f from ExportFlow f where f.status = :status order by f.id")
@NamedQuery(name = ExportFlow.RECENT, query = "select f from ExportFlow f order by f.id desc")
@NamedQuery(name = ExportFlow.BY_NAME, query = "select f from ExportFlow f where f.name = :name")
@NamedQuery(name = ExportFlow.OF_EXECUTION,
        query = "select f from ExportFlow f where f.jobExecutionId = :execution order by f.id")
public class ExportFlow {

    public static final String COUNT_OF_PREFIX = "ExportFlow.countOfPrefix";
    public static final String WITH_STATUS = "ExportFlow.withStatus";
    public static final String RECENT = "ExportFlow.recent";
    public static final String OF_EXECUTION = "ExportFlow.ofExecution";
    public static final String BY_NAME = "ExportFlow.byName";

    public static final int NAME_LENGTH = Invoice.EXPORT_FLOW_LENGTH;
    public static final String PREFIX = "CHORUS-";
    public static final int DIRECTORY_LENGTH = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    /** Where the zip of a flow is. */
    public enum Status {
        /** Committed with its invoices; the zip is still under its temporary name. */
        WRITTEN,
        /** The zip is under its final name, ready to be sent. */
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, updatable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @Column(name = "syntax", nullable = false, updatable = false, length = 10)
    private String syntax;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "invoice_count", nullable = false, updatable = false)
    private int invoiceCount;

    @Column(name = "file_name", nullable = false, updatable = false, length = 100)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    /** Null for the flows written before it was recorded: they are in the configured directory. */
    @Column(name = "directory", updatable = false, length = DIRECTORY_LENGTH)
    private String directory;

    @Column(name = "job_execution_id", updatable = false)
    private Long jobExecutionId;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "export_flow_item", joinColumns = @JoinColumn(name = "flow_id"))
    @OrderBy("invoiceNumber")
    private List<ExportFlowItem> items = new ArrayList<>();

    @Version
    private long version;

    protected ExportFlow() {
        // for JPA
    }

    /**
     * A flow just written.
     *
     * @param sequence the flow's number in its day, from 1
     * @param day the day (in Paris) of the export
     * @param directory where its zip is written
     */
    public ExportFlow(int sequence, LocalDate day, String syntax, int invoiceCount, String directory,
            Long jobExecutionId, Instant at) {
        if (sequence < 1 || sequence > 9999) {
            throw new IllegalArgumentException("flow sequence out of range: " + sequence);
        }
        if (invoiceCount < 1) {
            throw new IllegalArgumentException("a flow carries at least one invoice");
        }
        this.name = nameOf(day, sequence);
        this.syntax = Objects.requireNonNull(syntax, "syntax");
        this.invoiceCount = invoiceCount;
        this.directory = directory == null || directory.length() > DIRECTORY_LENGTH ? null : directory;
        this.jobExecutionId = jobExecutionId;
        this.createdAt = Objects.requireNonNull(at, "at");
        this.fileName = name + ".zip";
        this.status = Status.WRITTEN;
    }

    /** {@code CHORUS-20261123-0001}. */
    public static String nameOf(LocalDate day, int sequence) {
        return dayPrefix(day) + String.format(Locale.ROOT, "%04d", sequence);
    }

    /** {@code CHORUS-20261123-}, for counting the flows of a day. */
    public static String dayPrefix(LocalDate day) {
        return PREFIX + DAY.format(day) + "-";
    }

    /** Records that the flow carries {@code invoice}, which is marked exported in it. */
    public void carry(Invoice invoice, Instant at) {
        if (items.size() >= invoiceCount) {
            throw new IllegalStateException(name + " already carries its " + invoiceCount + " invoices");
        }
        invoice.markExported(at, name);
        items.add(new ExportFlowItem(invoice.id(), invoice.number()));
    }

    /** The invoices and credit notes the flow's zip carries, by number. */
    public List<ExportFlowItem> items() {
        return Collections.unmodifiableList(items);
    }

    /** The zip is in place under its final name. */
    public void published(Instant at) {
        if (status == Status.PUBLISHED) {
            return;
        }
        this.status = Status.PUBLISHED;
        this.publishedAt = Objects.requireNonNull(at, "at");
    }

    /** Where its zip was written; null when not recorded (the configured directory, then). */
    public String directory() {
        return directory;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String syntax() {
        return syntax;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int invoiceCount() {
        return invoiceCount;
    }

    public String fileName() {
        return fileName;
    }

    public Status status() {
        return status;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
