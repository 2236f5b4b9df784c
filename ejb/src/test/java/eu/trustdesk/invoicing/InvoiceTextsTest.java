package eu.trustdesk.invoicing;

import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.invoicing.control.InvoiceTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.invoicing.entity.VatCategory;
import eu.trustdesk.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The invoice bundles: the same keys in every language, texts that format. */
class InvoiceTextsTest {

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Map<Language, Set<String>> keys = new TreeMap<>();
        for (Language language : Language.values()) {
            keys.put(language, load(language).stringPropertyNames());
        }
        assertEquals(keys.get(Language.EN), keys.get(Language.FR));
        assertEquals(keys.get(Language.EN), keys.get(Language.IT));
    }

    @Test
    void everyTextFormats() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            DocumentTexts texts = DocumentTexts.of(DocumentBundle.INVOICE, language);
            for (String key : load(language).stringPropertyNames()) {
                if (key.equals("format.date")) {
                    continue;
                }
                String text = texts.text(key, 30, "11/04/2026", "TrustDesk SAS");
                if (text.isBlank() || text.contains("''") || text.matches("(?s).*\\{\\d.*")) {
                    problems.add(language + " " + key + ": " + text);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPaymentMeansAndVatCategoryHasItsTexts() throws IOException {
        Properties english = load(Language.EN);
        for (PaymentMeans means : PaymentMeans.values()) {
            assertTrue(english.containsKey("means." + means.name()), means.name());
            assertTrue(english.containsKey("terms." + means.name()), means.name());
        }
        for (VatCategory category : VatCategory.values()) {
            assertTrue(english.containsKey("vat.category." + category.code()), category.name());
        }
    }

    @Test
    void amountsAreWrittenTheWayEachLanguageWritesThem() {
        BigDecimal amount = new BigDecimal("1234567.8");
        assertEquals("1\u202F234\u202F567,80\u00A0€", DocumentTexts.of(DocumentBundle.INVOICE, Language.FR).money(amount, "EUR"));
        assertEquals("1.234.567,80\u00A0€", DocumentTexts.of(DocumentBundle.INVOICE, Language.IT).money(amount, "EUR"));
        assertEquals("€1,234,567.80", DocumentTexts.of(DocumentBundle.INVOICE, Language.EN).money(amount, "EUR"));
        assertEquals("0,66\u00A0€", DocumentTexts.of(DocumentBundle.INVOICE, Language.FR).money(new BigDecimal("0.655"), "EUR"), "half up");
        assertEquals("5,5\u00A0%", DocumentTexts.of(DocumentBundle.INVOICE, Language.FR).percent(new BigDecimal("5.50")));
        assertEquals("20%", DocumentTexts.of(DocumentBundle.INVOICE, Language.IT).percent(new BigDecimal("20.00")));
        assertEquals("12,3456", DocumentTexts.of(DocumentBundle.INVOICE, Language.FR).unitPrice(new BigDecimal("12.3456")));
        assertEquals("12.50", DocumentTexts.of(DocumentBundle.INVOICE, Language.EN).unitPrice(new BigDecimal("12.5")));
    }

    @Test
    void paymentTermsSayWhenAndHow() {
        LocalDate due = LocalDate.of(2026, 4, 11);
        assertEquals("Paiement par virement à 30 jours, au plus tard le 11/04/2026, en rappelant le numéro de la facture.",
                InvoiceTerms.standard(Language.FR, PaymentMeans.CREDIT_TRANSFER, 30, due, "TrustDesk SAS"));
        assertEquals("Pagamento tramite bonifico a vista, indicando il numero della fattura.",
                InvoiceTerms.standard(Language.IT, PaymentMeans.CREDIT_TRANSFER, 0, due, "TrustDesk SAS"));
        assertTrue(InvoiceTerms.standard(Language.EN, PaymentMeans.CHEQUE, 1, due, "TrustDesk SAS")
                .contains("to the order of TrustDesk SAS within 1 day, by 11 April 2026"));
        assertEquals("Nothing to pay.", InvoiceTerms.standard(Language.EN, null, 0, due, "TrustDesk SAS"));
    }

    private static Properties load(Language language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = InvoiceTextsTest.class.getResourceAsStream(
                "/eu/trustdesk/invoicing/invoice_" + language.code() + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
