package eu.trustdesk.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.activation.control.ContractPdf;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.ApplicantPerson;
import eu.trustdesk.activation.entity.ContractKind;
import eu.trustdesk.activation.entity.IdentityDocument;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The activation texts exist in every language, and the contracts carry the holder's data. */
class ActivationTextsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static Properties load(Language language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ActivationTextsTest.class.getResourceAsStream(
                "/eu/trustdesk/activation/texts_" + language.code() + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasTheSameTexts() throws IOException {
        Properties en = load(Language.EN);
        assertEquals(en.stringPropertyNames(), load(Language.FR).stringPropertyNames());
        assertEquals(en.stringPropertyNames(), load(Language.IT).stringPropertyNames());
    }

    @Test
    void eachContractIsFilledWithTheHolderAndApplicantInTheApplicantsLanguage() throws IOException {
        Account account = new Account("chiara@example.it", "Chiara", "Rossi", Language.IT, "h", NOW);
        ActivationRequest request = new ActivationRequest("CMD-2026-000042", "EINV-PRO", "Fatturazione PRO", 1,
                "chiara@example.it", account, NOW);
        request.verifyEmail("chiara@example.it", NOW);
        request.enterHolder("Rossi Consulting S.r.l.", HolderType.COMPANY, Country.IT,
                LegalIdentity.of(HolderType.COMPANY, Country.IT, null, "01234560587", null, "M5UXCR1", null, null), NOW);
        request.enterApplicant(ApplicantPerson.of("Mario", "Rossi", LocalDate.of(1985, 12, 10), "Roma",
                "RSSMRA85T10A562S", "chiara@example.it", "+39 06 1234 5678", Country.IT, LocalDate.of(2026, 3, 2)), NOW);
        request.addDocument(new IdentityDocument(request, "a.bin", "carta.jpg", "image/jpeg", 1, 1200, 800, "x", NOW), NOW);
        for (ContractKind kind : ContractKind.values()) {
            for (Language language : Language.values()) {
                try (PDDocument pdf = Loader.loadPDF(new ContractPdf().render(request, kind, language))) {
                    String text = new PDFTextStripper().getText(pdf);
                    assertTrue(text.contains("Rossi Consulting S.r.l.") && text.contains("01234560587")
                            && text.contains("Mario Rossi") && text.contains(kind.version())
                            && text.contains("CMD-2026-000042"), kind + " " + language + ": " + text);
                }
            }
        }
    }
}
