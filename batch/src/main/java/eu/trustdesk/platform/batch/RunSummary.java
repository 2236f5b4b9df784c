package eu.trustdesk.platform.batch;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

/**
 * The counts and the progress of one job execution, from the metrics of its step executions and
 * the totals its readers published (plain Java, no container).
 *
 * <p>Progress is read items against expected items, over the steps that published a total. Read
 * counts are those after the last chunk (the progress listener's while a step runs, the job
 * repository's once it has ended): the bar moves chunk by chunk. A running execution shows at most 99 % (its last chunk may still be
 * committing), a completed one 100 %; {@code percent} is null when no step published a total.
 *
 * @param skipped items skipped by the reader, the processor or the writer
 * @param filtered items the processor filtered out (read, deliberately not written)
 */
public record RunSummary(long read, long written, long skipped, long filtered, Integer percent)
        implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DONE = 100;

    /** The counts of one step execution. */
    public record StepCounts(String step, long read, long written, long skipped, long filtered) {

        public static StepCounts of(String step, Metric[] metrics) {
            long read = 0;
            long written = 0;
            long skipped = 0;
            long filtered = 0;
            for (Metric metric : metrics == null ? new Metric[0] : metrics) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                    case FILTER_COUNT -> filtered += metric.getValue();
                    default -> {
                        // commits and rollbacks are not shown
                    }
                }
            }
            return new StepCounts(step, read, written, skipped, filtered);
        }
    }

    /**
     * @param expected the total each step published, by step name (steps without one absent)
     */
    public static RunSummary of(BatchStatus status, Collection<StepCounts> steps, Map<String, Long> expected) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        long filtered = 0;
        long readOfCounted = 0;
        for (StepCounts step : steps) {
            read += step.read();
            written += step.written();
            skipped += step.skipped();
            filtered += step.filtered();
            if (expected.containsKey(step.step())) {
                readOfCounted += step.read();
            }
        }
        return new RunSummary(read, written, skipped, filtered, percent(status, readOfCounted, expected));
    }

    private static Integer percent(BatchStatus status, long read, Map<String, Long> expected) {
        if (status == BatchStatus.COMPLETED) {
            return DONE;
        }
        if (expected.isEmpty()) {
            return null;
        }
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        int percent = total <= 0 ? DONE : (int) Math.min(DONE, read * DONE / total);
        boolean running = status == BatchStatus.STARTING || status == BatchStatus.STARTED
                || status == BatchStatus.STOPPING;
        return running ? Math.min(percent, DONE - 1) : percent;
    }

    /** The error to show for a failed step: its root cause, the one that names what went wrong. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
