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
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable vouchers: one page per code, with the code, product, URL and terms, in the reader's language. */
class VoucherPdfTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void eachPageCarriesTheQrCodeOfItsOwnRedemptionUrl() throws Exception {
        VoucherOrder order = order();
        SecureRandom random = new SecureRandom();
        Voucher first = new Voucher(VoucherCode.generate(random), order, order.lines().get(0));
        Voucher second = new Voucher(VoucherCode.generate(random), order, order.lines().get(0));
        String base = "https://td.example/redeem.xhtml?code=";

        byte[] pdf = new VoucherPdf().render(order, List.of(first, second), base, Language.IT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(base + first.groupedCode(), qrCode(document, 0));
            assertEquals(base + second.groupedCode(), qrCode(document, 1));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page = stripper.getText(document);
            assertTrue(page.contains(base + second.groupedCode()), "the URL is also printed for typing: " + page);
            assertTrue(page.contains("Łukasz Ștefan – L’Été SA"), page);
        }
    }

    /** The QR code a phone camera would read on page {@code index}, printed at 150 dpi. */
    private static String qrCode(PDDocument document, int index) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, 150, ImageType.RGB);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static VoucherOrder order() {
        Account partner = new Account("p@example.test", "Paul", "Martin", Language.FR, "x", NOW);
        Organisation organisation = new Organisation(partner, "Martin SAS", HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "44306184100047", null, null, null, null, null), NOW);
        return new VoucherOrder("V2026-000042", 1L, organisation, "Łukasz Ștefan – L’Été SA", null,
                PaymentMode.BANK_TRANSFER, PriceCalculator.price("EUR", List.of(new LineItem("SIG-SOFT",
                        "Certificat de signature électronique", 2, new BigDecimal("63.20"), new BigDecimal("20"))), null),
                List.of(2), NOW);
    }

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
