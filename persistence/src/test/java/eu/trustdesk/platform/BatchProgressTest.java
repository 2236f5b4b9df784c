package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.platform.entity.BatchProgress;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BatchProgressTest {

    private static final Instant AT = Instant.parse("2026-11-23T01:30:00Z");

    @Test
    void aStepPublishesItsTotalAndARestartPublishesWhatIsLeft() {
        BatchProgress progress = new BatchProgress(7, "export", AT);
        assertNull(progress.expectedTotal(), "nothing published yet");
        progress.expect(200, AT);
        progress.expect(40, AT.plusSeconds(5));
        assertEquals(40L, progress.expectedTotal());
        assertEquals(AT.plusSeconds(5), progress.updatedAt());
        assertThrows(IllegalArgumentException.class, () -> progress.expect(-1, AT));
    }

    @Test
    void countsAreKeptAfterEachChunk() {
        BatchProgress progress = new BatchProgress(7, "export", AT);
        assertNull(progress.readCount(), "no chunk yet");
        progress.counted(100, 98, 2, AT.plusSeconds(40));
        assertEquals(100L, progress.readCount());
        assertEquals(98L, progress.writtenCount());
        assertEquals(2L, progress.skippedCount());
        assertThrows(IllegalArgumentException.class, () -> progress.counted(-1, 0, 0, AT));
    }

    @Test
    void aFailureIsKeptWithinItsColumn() {
        BatchProgress progress = new BatchProgress(7, "export", AT);
        progress.failed("x".repeat(5000), AT);
        assertEquals(BatchProgress.FAILURE_LENGTH, progress.failure().length());
        assertTrue(progress.failure().endsWith("…"));
        progress.failed("  ", AT);
        assertEquals("?", progress.failure(), "a failure without message is still a failure");
    }

    @Test
    void aStepHasAName() {
        assertThrows(IllegalArgumentException.class, () -> new BatchProgress(1, " ", AT));
        assertThrows(IllegalArgumentException.class, () -> new BatchProgress(1, "s".repeat(129), AT));
    }
}
