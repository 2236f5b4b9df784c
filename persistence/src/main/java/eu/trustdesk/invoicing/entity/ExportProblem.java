package eu.trustdesk.invoicing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Why the export refused an invoice: one row per failed rule and run, so that the accountants see
 * what to correct (a missing Chorus Pro reference is completed on the invoice, anything else is
 * corrected by a credit note and a new invoice). The invoice stays unexported and
 * is checked again at the next run.
 */
@Entity
@Table(name = "export_problem")
@NamedQuery(name = ExportProblem.RECENT, query = "select p from ExportProblem p order by p.id desc")
@NamedQuery(name = ExportProblem.COUNT_OF_EXECUTION,
        query = "select count(distinct p.invoiceId) from ExportProblem p where p.jobExecutionId = :execution")
@NamedQuery(name = ExportProblem.OF_EXECUTION,
        query = "select p from ExportProblem p where p.jobExecutionId = :execution order by p.invoiceNumber, p.id")
@NamedQuery(name = ExportProblem.OF_INVOICE,
        query = "select p from ExportProblem p where p.invoiceId = :invoice order by p.id desc")
public class ExportProblem {

    public static final String RECENT = "ExportProblem.recent";
    public static final String COUNT_OF_EXECUTION = "ExportProblem.countOfExecution";
    public static final String OF_EXECUTION = "ExportProblem.ofExecution";
    public static final String OF_INVOICE = "ExportProblem.ofInvoice";

    public static final int RULE_LENGTH = 60;
    public static final int MESSAGE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    @Column(name = "invoice_number", nullable = false, updatable = false, length = Invoice.NUMBER_LENGTH)
    private String invoiceNumber;

    @Column(name = "job_execution_id", updatable = false)
    private Long jobExecutionId;

    @Column(name = "rule_id", nullable = false, updatable = false, length = RULE_LENGTH)
    private String ruleId;

    @Column(name = "message", nullable = false, updatable = false, length = MESSAGE_LENGTH)
    private String message;

    @Column(name = "found_at", nullable = false, updatable = false)
    private Instant foundAt;

    protected ExportProblem() {
        // for JPA
    }

    public ExportProblem(Invoice invoice, Long jobExecutionId, String ruleId, String message, Instant at) {
        Objects.requireNonNull(invoice, "invoice");
        this.invoiceId = Objects.requireNonNull(invoice.id(), "invoice id");
        this.invoiceNumber = invoice.number();
        this.jobExecutionId = jobExecutionId;
        this.ruleId = cut(Objects.requireNonNull(ruleId, "ruleId"), RULE_LENGTH);
        this.message = cut(message == null ? "" : message, MESSAGE_LENGTH);
        this.foundAt = Objects.requireNonNull(at, "at");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Long invoiceId() {
        return invoiceId;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public String ruleId() {
        return ruleId;
    }

    public String message() {
        return message;
    }

    public Instant foundAt() {
        return foundAt;
    }
}
