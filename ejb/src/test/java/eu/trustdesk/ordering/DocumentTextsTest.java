package eu.trustdesk.ordering;

import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.trustdesk.ordering.control.TermsOfSale;
import eu.trustdesk.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The shop's document texts: the same keys in every language, and formats that render. */
class DocumentTextsTest {

    private static Properties load(Language language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = DocumentTexts.class.getResourceAsStream("/eu/trustdesk/ordering/documents_" + language.code()
                + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> english = load(Language.EN).stringPropertyNames();
        assertEquals(english, load(Language.FR).stringPropertyNames());
        assertEquals(english, load(Language.IT).stringPropertyNames());
    }

    @Test
    void validitiesAndIdentifiersReadNaturally() {
        assertEquals("1 an", DocumentTexts.of(DocumentBundle.SHOP, Language.FR).text("line.validity", 1));
        assertEquals("3 anni", DocumentTexts.of(DocumentBundle.SHOP, Language.IT).text("line.validity", 3));
        assertEquals("2 years", DocumentTexts.of(DocumentBundle.SHOP, Language.EN).text("line.validity", 2));
        assertEquals("Partita IVA 01234560587", DocumentTexts.of(DocumentBundle.SHOP, Language.IT).text("po.id.vat", "01234560587"));
        assertFalse(DocumentTexts.of(DocumentBundle.SHOP, Language.FR).text("instructions.CHEQUE", "1,00 €", "X", "Y", "CMD-1").contains("''"));
    }

    @Test
    void theTermsOfSaleCarryTheirVersionInEachLanguage() throws IOException {
        for (Language language : Language.values()) {
            try (PDDocument pdf = Loader.loadPDF(TermsOfSale.pdf(language))) {
                String text = new PDFTextStripper().getText(pdf);
                assertFalse(text.isBlank());
                assertEquals(true, text.contains(TermsOfSale.CURRENT_VERSION), language.name());
            }
        }
    }
}
