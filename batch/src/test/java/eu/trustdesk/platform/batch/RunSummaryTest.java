package eu.trustdesk.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Role;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    @Test
    void countsAddUpOverStepsAndSkipsOfEveryKind() {
        RunSummary.StepCounts export = RunSummary.StepCounts.of("export", new Metric[] {
            metric(Metric.MetricType.READ_COUNT, 120), metric(Metric.MetricType.WRITE_COUNT, 110),
            metric(Metric.MetricType.FILTER_COUNT, 7), metric(Metric.MetricType.READ_SKIP_COUNT, 1),
            metric(Metric.MetricType.PROCESS_SKIP_COUNT, 1), metric(Metric.MetricType.WRITE_SKIP_COUNT, 1),
            metric(Metric.MetricType.COMMIT_COUNT, 3)});
        RunSummary.StepCounts mail = RunSummary.StepCounts.of("mail", new Metric[] {
            metric(Metric.MetricType.READ_COUNT, 5), metric(Metric.MetricType.WRITE_COUNT, 5)});

        RunSummary summary = RunSummary.of(BatchStatus.COMPLETED, List.of(export, mail), Map.of());
        assertEquals(125, summary.read());
        assertEquals(115, summary.written());
        assertEquals(3, summary.skipped());
        assertEquals(7, summary.filtered());
        assertEquals(100, summary.percent(), "completed is complete, total or not");
    }

    @Test
    void progressIsItemsReadAgainstThePublishedTotal() {
        List<RunSummary.StepCounts> steps = List.of(new RunSummary.StepCounts("export", 50, 50, 0, 0));
        assertEquals(25, RunSummary.of(BatchStatus.STARTED, steps, Map.of("export", 200L)).percent());
        assertEquals(25, RunSummary.of(BatchStatus.FAILED, steps, Map.of("export", 200L)).percent(),
                "a failed run shows how far it got");
    }

    @Test
    void aRunningExecutionNeverShowsDoneAndARunWithoutTotalShowsNone() {
        List<RunSummary.StepCounts> steps = List.of(new RunSummary.StepCounts("export", 210, 210, 0, 0));
        assertEquals(99, RunSummary.of(BatchStatus.STARTED, steps, Map.of("export", 200L)).percent(),
                "more read than expected (new items arrived): still running, not done");
        assertEquals(100, RunSummary.of(BatchStatus.STOPPED, steps, Map.of("export", 200L)).percent());
        assertNull(RunSummary.of(BatchStatus.STARTED, steps, Map.of()).percent(), "indeterminate");
        assertEquals(99, RunSummary.of(BatchStatus.STARTING, List.of(), Map.of("export", 0L)).percent());
    }

    @Test
    void onlyStepsThatPublishedATotalCountTowardsProgress() {
        List<RunSummary.StepCounts> steps = List.of(new RunSummary.StepCounts("export", 30, 30, 0, 0),
                new RunSummary.StepCounts("mail", 1000, 1000, 0, 0));
        assertEquals(30, RunSummary.of(BatchStatus.STARTED, steps, Map.of("export", 100L)).percent());
        assertEquals(0, RunSummary.of(BatchStatus.STARTED, List.of(), Map.of("export", 100L)).percent(),
                "a step not started yet has read nothing");
    }

    @Test
    void theErrorShownIsTheRootCause() {
        Exception failure = new IllegalStateException("chunk failed",
                new UncheckedIOException(new FileAlreadyExistsException("/var/chorus")));
        assertEquals("FileAlreadyExistsException: /var/chorus", RunSummary.describe(failure));
        assertEquals("IOException", RunSummary.describe(new IOException()));
    }

    @Test
    void administratorsSeeEveryJobOthersOnlyTheirOwn() {
        assertTrue(JobOwners.allows("voucher-expiry", Set.of(Role.Names.ADMIN)::contains), "a job added later");
        assertTrue(JobOwners.allows("chorus-export", Set.of(Role.Names.ACCOUNTANT)::contains));
        assertTrue(JobOwners.allows("quote-expiry", Set.of(Role.Names.ACCOUNTANT)::contains), "the quote desk's job");
        assertFalse(JobOwners.allows("voucher-expiry", Set.of(Role.Names.ACCOUNTANT)::contains));
        assertFalse(JobOwners.allows("chorus-export", Set.of(Role.Names.VALIDATOR)::contains));
        assertFalse(JobOwners.allows("chorus-export", Set.<String>of()::contains));
    }

    private static Metric metric(Metric.MetricType type, long value) {
        return new Metric() {
            @Override
            public MetricType getType() {
                return type;
            }

            @Override
            public long getValue() {
                return value;
            }
        };
    }
}
