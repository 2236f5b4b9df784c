package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    private static final String KEY = "trustdesk.identity-document.retention-days";
    private static final Instant NOW = Instant.parse("2026-12-07T02:45:00Z");

    @Test
    void theDefaultAppliesWhenNothingIsConfigured() {
        assertEquals(90, RetentionPeriod.of(KEY, Optional.empty(), 90).days());
        assertEquals(90, RetentionPeriod.of(KEY, Optional.of("  "), 90).days());
        assertEquals(365, RetentionPeriod.of(KEY, Optional.of(" 365 "), 90).days());
    }

    @Test
    void aWrongValueStopsWithTheVariableNamed() {
        for (String wrong : new String[] {"0", "-3", "trente", "3654"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> RetentionPeriod.of(KEY, Optional.of(wrong), 90));
            assertTrue(refused.getMessage().contains("TRUSTDESK_IDENTITY_DOCUMENT_RETENTION_DAYS"), refused.getMessage());
        }
    }

    @Test
    void theCutoffIsCountedFromTheRunsStartNeverFromTheFuture() {
        RetentionPeriod period = new RetentionPeriod(KEY, 30);
        Instant asOf = NOW.minusSeconds(3600);
        assertEquals(Instant.parse("2026-11-07T01:45:00Z"), period.cutoff(asOf, NOW));
        assertEquals(Instant.parse("2026-11-07T02:45:00Z"), period.cutoff(NOW.plusSeconds(86_400 * 400L), NOW));
    }
}
