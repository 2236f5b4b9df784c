package eu.trustdesk.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.trustdesk.invoicing.entity.ExportFlow;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportFlowTest {

    private static final Instant AT = Instant.parse("2026-11-23T01:30:00Z");

    @Test
    void aFlowIsNamedAfterItsDayAndNumberAndStartsWritten() {
        ExportFlow flow = new ExportFlow(1, LocalDate.of(2026, 11, 23), "CII", 40, "/srv/chorus", 7L, AT);
        assertEquals("CHORUS-20261123-0001", flow.name());
        assertEquals("CHORUS-20261123-0001.zip", flow.fileName());
        assertEquals(ExportFlow.Status.WRITTEN, flow.status());

        flow.published(AT.plusSeconds(1));
        flow.published(AT.plusSeconds(60));
        assertEquals(ExportFlow.Status.PUBLISHED, flow.status());
        assertEquals(AT.plusSeconds(1), flow.publishedAt(), "published once");
    }

    @Test
    void anEmptyFlowOrAnOutOfRangeNumberIsRefused() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThrows(IllegalArgumentException.class, () -> new ExportFlow(1, day, "CII", 0, null, null, AT));
        assertThrows(IllegalArgumentException.class, () -> new ExportFlow(0, day, "CII", 1, null, null, AT));
        assertThrows(IllegalArgumentException.class, () -> new ExportFlow(10_000, day, "CII", 1, null, null, AT));
    }
}
