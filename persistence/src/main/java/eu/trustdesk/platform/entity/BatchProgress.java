package eu.trustdesk.platform.entity;

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
 * What one step execution of a batch job tells the batch console besides the job repository's
 * metrics: how many items its reader expects to read (the denominator of the progress bar; the
 * numerator is the step's read count) and, when it failed, the error that failed it. While the step
 * runs, its counts after each chunk are kept here too: on MySQL the job repository's metrics of a
 * running step cannot be read before its chunk transaction ends.
 *
 * <p>The convention any job can follow (see {@code eu.trustdesk.platform.batch}): its reader
 * publishes the total when it opens, and its step declares the {@code batchProgressListener},
 * which records the failure. A step that publishes nothing simply has no row.
 */
@Entity
@Table(name = "batch_progress")
@NamedQuery(name = BatchProgress.OF_STEP, query = "select p from BatchProgress p"
        + " where p.jobExecutionId = :execution and p.stepName = :step")
@NamedQuery(name = BatchProgress.OF_EXECUTIONS,
        query = "select p from BatchProgress p where p.jobExecutionId in :executions")
public class BatchProgress {

    public static final String OF_STEP = "BatchProgress.ofStep";
    public static final String OF_EXECUTIONS = "BatchProgress.ofExecutions";

    public static final int STEP_NAME_LENGTH = 128;
    public static final int FAILURE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_execution_id", nullable = false, updatable = false)
    private long jobExecutionId;

    @Column(name = "step_name", nullable = false, updatable = false, length = STEP_NAME_LENGTH)
    private String stepName;

    @Column(name = "expected_total")
    private Long expectedTotal;

    @Column(name = "read_count")
    private Long readCount;

    @Column(name = "written_count")
    private Long writtenCount;

    @Column(name = "skipped_count")
    private Long skippedCount;

    @Column(name = "failure", length = FAILURE_LENGTH)
    private String failure;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BatchProgress() {
        // for JPA
    }

    public BatchProgress(long jobExecutionId, String stepName, Instant at) {
        Objects.requireNonNull(stepName, "stepName");
        if (stepName.isBlank() || stepName.length() > STEP_NAME_LENGTH) {
            throw new IllegalArgumentException("step name blank or too long: " + stepName);
        }
        this.jobExecutionId = jobExecutionId;
        this.stepName = stepName;
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** The reader expects {@code total} items (again, on a restart: what is left to read). */
    public void expect(long total, Instant at) {
        if (total < 0) {
            throw new IllegalArgumentException("negative total: " + total);
        }
        this.expectedTotal = total;
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** The step's counts after a chunk (they only grow within one execution). */
    public void counted(long read, long written, long skipped, Instant at) {
        if (read < 0 || written < 0 || skipped < 0) {
            throw new IllegalArgumentException("negative count");
        }
        this.readCount = read;
        this.writtenCount = written;
        this.skippedCount = skipped;
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** The step failed with this error; a long message is cut, the column keeps its start. */
    public void failed(String message, Instant at) {
        String text = message == null || message.isBlank() ? "?" : message.strip();
        this.failure = text.length() > FAILURE_LENGTH ? text.substring(0, FAILURE_LENGTH - 1) + "…" : text;
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public long jobExecutionId() {
        return jobExecutionId;
    }

    public String stepName() {
        return stepName;
    }

    /** Null when the step published no total. */
    public Long expectedTotal() {
        return expectedTotal;
    }

    /** Null until the step's first chunk. */
    public Long readCount() {
        return readCount;
    }

    public Long writtenCount() {
        return writtenCount;
    }

    public Long skippedCount() {
        return skippedCount;
    }

    /** Null unless the step failed. */
    public String failure() {
        return failure;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
