package eu.trustdesk.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.activation.entity.ActivationEventType;
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
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivationRequestTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final byte[] PDF = "%PDF-1.4 contract".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Account anna = new Account("anna@example.it", "Anna", "Bianchi", Language.IT, "hash", NOW);

    private ActivationRequest request() {
        return new ActivationRequest("TD-2026-000001", "SIG-QUAL", "Firma qualificata", 1, "anna@example.it", anna,
                NOW);
    }

    private static LegalIdentity rossi() {
        return LegalIdentity.of(HolderType.COMPANY, Country.IT, null, "01114601006", null, "ABC1234", null, null);
    }

    private static ApplicantPerson annaPerson() {
        return ApplicantPerson.of("Anna", "Bianchi", LocalDate.of(1985, 4, 12), "Roma", "RSSMRA85T10A562S",
                "anna@example.it", "+39 06 1234567", Country.IT, LocalDate.of(2026, 3, 2));
    }

    /** Runs the wizard up to the contracts, all accepted. */
    private static ActivationRequest completed(ActivationRequest r) {
        r.verifyEmail("anna@example.it", NOW);
        r.enterHolder("Rossi Consulting S.r.l.", HolderType.COMPANY, Country.IT, rossi(), NOW);
        r.enterApplicant(annaPerson(), NOW);
        r.addDocument(new IdentityDocument(r, "a.bin", "id.jpg", "image/jpeg", 10, 1200, 800, "x", NOW), NOW);
        for (ContractKind kind : ContractKind.values()) {
            ActivationContract contract = r.contract(kind, Language.IT, () -> PDF, NOW);
            contract.opened(NOW);
            r.acceptContract(kind, contract.sha256(), "192.0.2.1", NOW);
        }
        return r;
    }

    @Test
    void aContractIsAcceptedOnlyOnceItWasOpened() {
        ActivationRequest r = request();
        r.verifyEmail("anna@example.it", NOW);
        r.enterHolder("Rossi Consulting S.r.l.", HolderType.COMPANY, Country.IT, rossi(), NOW);
        r.enterApplicant(annaPerson(), NOW);
        r.addDocument(new IdentityDocument(r, "a.bin", "id.jpg", "image/jpeg", 10, 1200, 800, "x", NOW), NOW);
        ActivationContract contract = r.contract(ContractKind.GENERAL_CONDITIONS, Language.IT, () -> PDF, NOW);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> r.acceptContract(ContractKind.GENERAL_CONDITIONS, contract.sha256(), "192.0.2.1", NOW));
        assertEquals("error.contract.notOpened", refused.messageKey());
        assertFalse(contract.accepted());

        contract.opened(NOW.plusSeconds(40));
        contract.opened(NOW.plusSeconds(90));
        assertEquals(NOW.plusSeconds(40), contract.openedAt(), "the first opening is kept");
        r.acceptContract(ContractKind.GENERAL_CONDITIONS, contract.sha256(), "192.0.2.1", NOW.plusSeconds(120));
        assertTrue(contract.accepted());
    }

    @Test
    void theWizardMovesStepByStepAndKeepsADatedTimeline() {
        ActivationRequest r = request();
        assertEquals(ActivationStatus.WAITING_FOR_APPLICANT, r.status());
        assertEquals(ActivationEventType.CREATED, r.timeline().get(0).type());
        r.verifyEmail("anna@example.it", NOW);
        assertEquals(ActivationStatus.EMAIL_VERIFIED, r.status());
        r.enterHolder("Rossi Consulting S.r.l.", HolderType.COMPANY, Country.IT, rossi(), NOW);
        assertEquals(ActivationStatus.HOLDER_ENTERED, r.status());
        r.enterApplicant(annaPerson(), NOW);
        assertEquals(ActivationStatus.APPLICANT_ENTERED, r.status());
        completed(request());
        ActivationRequest done = completed(request());
        assertEquals(ActivationStatus.CONTRACTS_ACCEPTED, done.status());
        done.submit("anna@example.it", true, NOW);
        assertEquals(ActivationStatus.IN_VALIDATION, done.status());
        assertTrue(done.timeline().stream().anyMatch(e -> e.type() == ActivationEventType.SUBMITTED));
        assertTrue(done.timeline().stream().allMatch(e -> e.occurredAt() != null));
    }

    @Test
    void stepsCannotBeSkippedNorDoneBeforeTheAddressIsVerified() {
        ActivationRequest r = request();
        assertThrows(BusinessException.class,
                () -> r.enterHolder("Rossi", HolderType.COMPANY, Country.IT, rossi(), NOW));
        r.verifyEmail("anna@example.it", NOW);
        assertThrows(BusinessException.class, () -> r.enterApplicant(annaPerson(), NOW), "holder first");
        assertThrows(BusinessException.class, () -> r.submit("anna@example.it", true, NOW), "incomplete file");
        assertThrows(BusinessException.class, () -> r.verifyEmail("anna@example.it", NOW), "verified once");
    }

    @Test
    void changingTheHolderVoidsTheAcceptedContracts() {
        ActivationRequest r = completed(request());
        r.enterHolder("Rossi Consulting S.r.l.", HolderType.COMPANY, Country.IT, rossi(), NOW);
        assertFalse(r.contractsAccepted());
        assertEquals(ActivationStatus.DOCUMENTS_UPLOADED, r.status());
    }

    @Test
    void aContractChangedSinceItWasShownCannotBeAccepted() {
        ActivationRequest r = completed(request());
        r.enterApplicant(annaPerson(), NOW);
        r.contract(ContractKind.PRIVACY_NOTICE, Language.IT, () -> PDF, NOW);
        BusinessException e = assertThrows(BusinessException.class,
                () -> r.acceptContract(ContractKind.PRIVACY_NOTICE, "0".repeat(64), "192.0.2.1", NOW));
        assertEquals("error.contract.changed", e.messageKey());
    }

    @Test
    void decisionsOnlyOnASubmittedRequestAndARejectedOneIsResubmitted() {
        ActivationRequest r = completed(request());
        assertThrows(BusinessException.class, () -> r.approve("val@trustdesk.eu", true, NOW), "not submitted yet");
        r.submit("anna@example.it", true, NOW);
        assertThrows(BusinessException.class, () -> r.reject("val@trustdesk.eu", DecisionReason.OTHER, " ", NOW),
                "other needs words");
        r.reject("val@trustdesk.eu", DecisionReason.DOCUMENT_EXPIRED, null, NOW);
        assertEquals(ActivationStatus.REJECTED, r.status());
        assertThrows(BusinessException.class, () -> r.approve("val@trustdesk.eu", true, NOW), "decided already");
        r.submit("anna@example.it", true, NOW);
        assertEquals(ActivationStatus.RESUBMITTED, r.status());
        assertThrows(BusinessException.class, () -> r.askForMore("val@trustdesk.eu", "", NOW), "name what is missing");
        r.askForMore("val@trustdesk.eu", "The back of the identity card", NOW);
        assertEquals(ActivationStatus.MORE_INFORMATION_REQUESTED, r.status());
        assertEquals("The back of the identity card", r.decisionNote());
        r.submit("anna@example.it", true, NOW);
        r.approve("val@trustdesk.eu", true, NOW);
        assertEquals(ActivationStatus.APPROVED, r.status());
        assertThrows(BusinessException.class, () -> r.enterApplicant(annaPerson(), NOW), "approved files are closed");
    }

    @Test
    void aFilePreparedForAnUnpaidOrderWaitsForThePaymentToBeSubmittedOrApproved() {
        ActivationRequest r = completed(request());
        BusinessException waiting = assertThrows(BusinessException.class,
                () -> r.submit("anna@example.it", false, NOW));
        assertEquals("error.activation.orderNotPaid", waiting.messageKey());
        assertEquals("TD-2026-000001", waiting.arguments()[0], "the message names the order");
        assertEquals(ActivationStatus.CONTRACTS_ACCEPTED, r.status(), "still ready, not in validation");

        r.submit("anna@example.it", true, NOW);
        assertEquals("error.activation.orderNotPaid",
                assertThrows(BusinessException.class, () -> r.approve("val@trustdesk.eu", false, NOW)).messageKey(),
                "a file already in validation is not approved while its order is unpaid");
        assertEquals(ActivationStatus.IN_VALIDATION, r.status());
        assertTrue(r.open());
        r.approve("val@trustdesk.eu", true, NOW);
        assertEquals(ActivationStatus.APPROVED, r.status());
        assertFalse(r.open());
    }

    @Test
    void cancellingNeedsAReasonAndIsFinal() {
        ActivationRequest r = completed(request());
        assertThrows(BusinessException.class, () -> r.cancel("val@trustdesk.eu", "", NOW));
        r.cancel("val@trustdesk.eu", "Duplicate order", NOW);
        assertEquals(ActivationStatus.CANCELLED, r.status());
        assertThrows(BusinessException.class, () -> r.cancel("val@trustdesk.eu", "again", NOW));
    }

    @Test
    void anItalianApplicantNeedsAPersonalCodiceFiscale() {
        BusinessException e = assertThrows(BusinessException.class, () -> ApplicantPerson.of("Anna", "Bianchi",
                LocalDate.of(1985, 4, 12), "Roma", "", "anna@example.it", "+39 06 1234567", Country.IT,
                LocalDate.of(2026, 3, 2)));
        assertEquals("identifier.CODICE_FISCALE.empty", e.messageKey());
        ApplicantPerson.of("Jean", "Dupont", LocalDate.of(1980, 1, 1), "Lyon", null, "jean@example.fr",
                "+33 4 12 34 56 78", Country.FR, LocalDate.of(2026, 3, 2));
    }

    @Test
    void aRefusedDateOfBirthSaysWhichRuleItBreaks() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        // Niccolò turns 16 tomorrow: too young today, by one day
        BusinessException young = assertThrows(BusinessException.class, () -> ApplicantPerson.of("Niccolò",
                "Dell'Acqua", LocalDate.of(2010, 3, 3), "Firenze", "DLLNCC10C03D612X", "niccolo@example.it",
                "+39 055 123456", Country.FR, today));
        assertEquals("error.applicant.birthDate.tooYoung", young.messageKey());
        assertEquals(16, young.arguments()[0]);
        ApplicantPerson.of("Hélène", "Lefèvre", LocalDate.of(2010, 3, 2), "Lyon", null, "helene@example.fr",
                "+33 4 12 34 56 78", Country.FR, today);
        BusinessException old = assertThrows(BusinessException.class, () -> ApplicantPerson.of("Hélène", "Lefèvre",
                LocalDate.of(1880, 3, 12), "Lyon", null, "helene@example.fr", "+33 4 12 34 56 78", Country.FR, today));
        assertEquals("error.applicant.birthDate.tooOld", old.messageKey());
        assertEquals("error.applicant.birthDate", assertThrows(BusinessException.class, () -> ApplicantPerson.of(
                "Hélène", "Lefèvre", null, "Lyon", null, "helene@example.fr", "+33 4 12 34 56 78", Country.FR, today))
                .messageKey(), "no date at all");
    }
}
