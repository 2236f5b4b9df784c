package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.ConsentKind;
import eu.trustdesk.account.entity.ConsentRecord;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final Account account = new Account("anna@example.it", "Anna", "Bianchi", Language.IT, "hash", Instant.EPOCH);

    @Test
    void onlyThePrivacyNoticeIsMandatory() {
        assertTrue(ConsentKind.PRIVACY_NOTICE.mandatory());
        assertFalse(ConsentKind.MARKETING.mandatory());
    }

    @Test
    void refusingThePrivacyNoticeIsRefused() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> new ConsentRecord(account, ConsentKind.PRIVACY_NOTICE, "2026-01", false, NOW));
        assertEquals("error.consent.mandatory", refused.messageKey());
    }

    @Test
    void acceptingThePrivacyNoticeIsRecordedWithItsTextVersion() {
        ConsentRecord record = new ConsentRecord(account, ConsentKind.PRIVACY_NOTICE, "2026-01", true, NOW);
        assertEquals(ConsentKind.PRIVACY_NOTICE, record.kind());
        assertEquals("2026-01", record.textVersion());
        assertTrue(record.granted());
        assertEquals(NOW, record.recordedAt());
    }

    @Test
    void marketingMayBeDeclinedOrAccepted() {
        assertFalse(new ConsentRecord(account, ConsentKind.MARKETING, "2026-01", false, NOW).granted());
        assertTrue(new ConsentRecord(account, ConsentKind.MARKETING, "2026-01", true, NOW).granted());
    }
}
