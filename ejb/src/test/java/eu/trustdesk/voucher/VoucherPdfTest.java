package eu.trustdesk.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.voucher.control.VoucherPdf;
import eu.trustdesk.voucher.entity.Voucher;
import eu.trustdesk.voucher.entity.VoucherCode;
import eu.trustdesk.voucher.entity.VoucherOrder;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable vouchers: one page per code, with the code, product, URL and terms, in the reader's language. */
class VoucherPdfTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void onePagePerVoucherWithItsCodeUrlAndTermsInTheLanguage() throws Exception {
        Account partner = new Account("p@example.test", "Paul", "Martin", Language.FR, "x", NOW);
        Organisation organisation = new Organisation(partner, "Martin SAS", HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "44306184100047", null, null, null, null, null), NOW);
        VoucherOrder order = new VoucherOrder("V2026-000042", 1L, organisation, "Łukasz Ștefan – L’Été SA", null,
                PaymentMode.BANK_TRANSFER, PriceCalculator.price("EUR", List.of(new LineItem("SIG-SOFT",
                        "Certificat de signature électronique", 2, new BigDecimal("63.20"), new BigDecimal("20"))), null),
                List.of(2), NOW);
        SecureRandom random = new SecureRandom();
        Voucher first = new Voucher(VoucherCode.generate(random), order, order.lines().get(0));
        Voucher second = new Voucher(VoucherCode.generate(random), order, order.lines().get(0));

        byte[] pdf = new VoucherPdf().render(order, List.of(first, second), "https://td.example/redeem.xhtml?code=",
                Language.FR);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String page = stripper.getText(document);
            assertTrue(page.contains(first.groupedCode()), page);
            assertTrue(page.contains("https://td.example/redeem.xhtml?code=" + first.groupedCode()), page);
            assertTrue(page.contains("Certificat de signature électronique"), page);
            assertTrue(page.contains("Łukasz Ștefan – L’Été SA"), page);
            assertTrue(page.contains("Validité : 2 an(s)"), page);
            assertTrue(page.contains("Conditions d'utilisation"), "apostrophes single after formatting: " + page);
            assertTrue(page.contains("4 mai 2027"), "expiry one year after the order: " + page);
        }
    }

    @Test
    void theTextBundlesHaveTheSameKeysInEveryLanguage() {
        var english = ResourceBundle.getBundle("eu.trustdesk.voucher.vouchers", Language.EN.locale()).keySet();
        for (Language language : Language.values()) {
            assertEquals(english, ResourceBundle.getBundle("eu.trustdesk.voucher.vouchers", language.locale()).keySet(),
                    language.name());
        }
    }
}
