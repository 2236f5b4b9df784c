package eu.trustdesk.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.activation.entity.ActivationContract;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.ActivationStatus;
import eu.trustdesk.activation.entity.ApplicantPerson;
import eu.trustdesk.activation.entity.ContractKind;
import eu.trustdesk.activation.entity.DecisionReason;
import eu.trustdesk.activation.entity.IdentityDocument;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.shared.Language;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requests lose their identity documents under the retention policy, and what stays. */
class DocumentRetentionRuleTest {

    private static final Instant DECIDED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant CUTOFF = DECIDED.plus(Duration.ofHours(1));
    private static final byte[] PDF = "%PDF-1.4 contract".getBytes(StandardCharsets.US_ASCII);

    private final Account chiara = new Account("chiara.dangelo@example.it", "Chiara", "D'Angelo", Language.IT, "hash",
            DECIDED);

    /** A complete file of Chiara D'Angelo, submitted for validation. */
    private ActivationRequest submitted() {
        ActivationRequest r = new ActivationRequest("TD-2026-000042", "SIG-QUAL", "Firma qualificata", 1,
                chiara.email(), chiara, DECIDED);
        r.verifyEmail(chiara.email(), DECIDED);
        r.enterHolder("Caffè D'Angelo S.r.l.", HolderType.COMPANY, Country.IT,
                LegalIdentity.of(HolderType.COMPANY, Country.IT, null, "01114601006", null, "ABC1234", null, null),
                DECIDED);
        r.enterApplicant(ApplicantPerson.of("Chiara", "D'Angelo", LocalDate.of(1985, 4, 12), "Roma",
                "DNGCHR85D52H501C", chiara.email(), "+39 06 1234567", Country.IT, LocalDate.of(2026, 3, 2)), DECIDED);
        r.addDocument(new IdentityDocument(r, "0123456789abcdef0123456789abcdef.bin", "carta d'identità.jpg",
                "image/jpeg", 10, 1200, 800, "x", DECIDED), DECIDED);
        for (ContractKind kind : ContractKind.values()) {
            ActivationContract contract = r.contract(kind, Language.IT, () -> PDF, DECIDED);
            contract.opened(DECIDED);
            r.acceptContract(kind, contract.sha256(), "192.0.2.1", DECIDED);
        }
        r.submit(chiara.email(), true, DECIDED);
        return r;
    }

    @Test
    void approvedRejectedAndCancelledRequestsDecidedBeforeTheCutoffAreDue() {
        ActivationRequest approved = submitted();
        approved.approve("valida@trustdesk.eu", true, DECIDED);
        ActivationRequest rejected = submitted();
        rejected.reject("valida@trustdesk.eu", DecisionReason.values()[0], "Документ нечитаемый", DECIDED);
        ActivationRequest cancelled = submitted();
        cancelled.cancel("admin@trustdesk.eu", "Commande annulée à la demande de l'acheteur", DECIDED);
        ActivationRequest revoked = submitted();
        revoked.approve("valida@trustdesk.eu", true, DECIDED.minus(Duration.ofDays(400)));
        revoked.cancel("admin@trustdesk.eu", "Certificat révoqué", DECIDED);

        for (ActivationRequest r : List.of(approved, rejected, cancelled, revoked)) {
            assertTrue(r.documentsDueForDeletion(CUTOFF), r.status().name());
            assertTrue(r.documentsDueForDeletion(DECIDED), "decided exactly at the cutoff: " + r.status());
            assertFalse(r.documentsDueForDeletion(DECIDED.minusSeconds(1)), "decided after the cutoff: " + r.status());
        }
    }

    @Test
    void requestsWithoutAFinalDecisionKeepTheirDocumentsHoweverOld() {
        ActivationRequest inValidation = submitted();
        ActivationRequest moreInformation = submitted();
        moreInformation.askForMore("valida@trustdesk.eu", "Il retro del documento", DECIDED);
        ActivationRequest resubmitted = submitted();
        resubmitted.reject("valida@trustdesk.eu", DecisionReason.values()[0], null, DECIDED);
        resubmitted.submit(chiara.email(), true, DECIDED);

        Instant muchLater = DECIDED.plus(Duration.ofDays(3650));
        assertEquals(ActivationStatus.IN_VALIDATION, inValidation.status());
        assertEquals(ActivationStatus.RESUBMITTED, resubmitted.status());
        for (ActivationRequest r : List.of(inValidation, moreInformation, resubmitted)) {
            assertFalse(r.documentsDueForDeletion(muchLater), r.status().name());
            assertThrows(IllegalStateException.class, () -> r.deleteDocuments(muchLater, muchLater));
            assertEquals(1, r.documents().size());
        }
    }

    @Test
    void deletionKeepsTheRequestItsDecisionAndTimelineAndIsDoneOnce() {
        ActivationRequest r = submitted();
        r.approve("valida@trustdesk.eu", true, DECIDED);
        int events = r.timeline().size();
        Instant now = CUTOFF.plus(Duration.ofDays(1));

        List<IdentityDocument> deleted = r.deleteDocuments(CUTOFF, now);

        assertEquals(1, deleted.size());
        assertEquals("carta d'identità.jpg", deleted.get(0).originalName());
        assertTrue(r.documents().isEmpty());
        assertTrue(r.currentDocument().isEmpty());
        assertEquals(now, r.documentsDeletedAt());
        assertEquals(ActivationStatus.APPROVED, r.status());
        assertEquals(DECIDED, r.decidedAt());
        assertEquals(events, r.timeline().size());
        assertFalse(r.documentsDueForDeletion(CUTOFF), "nothing left to delete");
    }

    @Test
    void aRejectedFileTakenUpAgainWithANewDocumentIsNoLongerMarkedDeleted() {
        ActivationRequest r = submitted();
        r.reject("valida@trustdesk.eu", DecisionReason.values()[0], null, DECIDED);
        r.deleteDocuments(CUTOFF, CUTOFF);
        r.addDocument(new IdentityDocument(r, "fedcba9876543210fedcba9876543210.bin", "passaporto.pdf",
                "application/pdf", 10, null, null, "y", CUTOFF.plusSeconds(60)), CUTOFF.plusSeconds(60));
        assertNull(r.documentsDeletedAt());
        assertFalse(r.documentsDueForDeletion(CUTOFF), "the new document counts from its upload");
        assertTrue(r.documentsDueForDeletion(CUTOFF.plusSeconds(60)), "and goes as long after it");
    }
}
