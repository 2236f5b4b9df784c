package eu.trustdesk.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.activation.control.CheckedDocument;
import eu.trustdesk.activation.control.IdentityDocumentCheck;
import eu.trustdesk.activation.control.PdfFirstPage;
import eu.trustdesk.shared.BusinessException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * Identity documents sent as PDF, generated here with PDFBox: scans of a card placed on a page,
 * in colour and in greyscale, pages of absurd or tiny size. A PDF passes the checks a photo
 * passes, and nothing a page box claims makes the checks or the validator's preview allocate
 * more than a bounded picture.
 */
class IdentityDocumentPdfTest {

    private final IdentityDocumentCheck check = new IdentityDocumentCheck();

    /** A scan of a card drawn on a white page of {@code width}×{@code height} points. */
    static byte[] scanAsPdf(float width, float height, boolean colour) throws IOException {
        BufferedImage card = new BufferedImage(1011, 638,
                colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = card.createGraphics();
        g.setColor(new Color(40, 90, 200));
        g.fillRoundRect(0, 0, 1011, 638, 40, 40);
        g.setColor(new Color(220, 60, 60));
        g.fillOval(100, 150, 250, 300);
        g.setColor(Color.WHITE);
        g.drawString("Hélène Lefèvre — née le 12/03/1984", 420, 300);
        g.dispose();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            pdf.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, card);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                // the card covers the middle half of the page, white paper all around it
                content.drawImage(image, width / 4, height / 4, width / 2, height / 2);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private String refusal(byte[] content) {
        return assertThrows(BusinessException.class, () -> check.check(content)).messageKey();
    }

    @Test
    void aColourScanSavedAsPdfIsAccepted() throws IOException {
        CheckedDocument a4 = check.check(scanAsPdf(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight(), true));
        assertEquals("application/pdf", a4.contentType());
        assertNull(a4.width(), "a PDF has no pixel size of its own");
    }

    @Test
    void aGreyscaleScanSavedAsPdfIsRefusedLikeAGreyscaleImage() throws IOException {
        assertEquals("error.document.greyscale",
                refusal(scanAsPdf(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight(), false)));
        assertEquals("error.document.greyscale", refusal(IdentityDocumentCheckTest.greyCard(1200, 800)));
    }

    @Test
    void aPageOfTwentyThousandPointsIsRefusedAtUploadWithItsSize() throws IOException {
        byte[] huge = scanAsPdf(20000, 20000, true);
        BusinessException refused = assertThrows(BusinessException.class, () -> check.check(huge));
        assertEquals("error.document.pageSize", refused.messageKey());
        // 20000 pt = 706 cm, limit 5000 pt = 176 cm
        assertArrayEquals(new Object[] {706, 706, 176}, refused.arguments());
    }

    @Test
    void aHugeSecondPageIsRefusedToo() throws IOException {
        byte[] twoPages;
        try (PDDocument pdf = Loader.loadPDF(scanAsPdf(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight(), true))) {
            pdf.addPage(new PDPage(new PDRectangle(14400, 200)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            twoPages = out.toByteArray();
        }
        assertEquals("error.document.pageSize", refusal(twoPages));
    }

    @Test
    void aPageSmallerThanAnIdentityCardIsRefusedInMillimetres() throws IOException {
        // 6 × 4 cm, smaller than the 84.7 × 50.8 mm that 1000 × 600 pixels make at 300 dpi
        BusinessException refused = assertThrows(BusinessException.class, () -> check.check(scanAsPdf(170, 113, true)));
        assertEquals("error.document.pageTooSmall", refused.messageKey());
        assertArrayEquals(new Object[] {60, 40, 85, 51}, refused.arguments());
        // a card-sized page (85.6 × 54 mm) is enough
        assertEquals("application/pdf", check.check(scanAsPdf(242.6f, 153f, true)).contentType());
    }

    @Test
    void theRenderedPageNeverExceedsItsBoundWhateverTheBoxClaims() throws IOException {
        // what the validator's preview does with a document stored before the upload check
        try (PDDocument pdf = Loader.loadPDF(scanAsPdf(20000, 20000, true))) {
            BufferedImage preview = PdfFirstPage.render(pdf, 110, 1600);
            assertTrue(preview.getWidth() <= 1600 && preview.getHeight() <= 1600,
                    preview.getWidth() + "×" + preview.getHeight());
            assertTrue(preview.getWidth() >= 1590, "scaled down to the bound, not to nothing: " + preview.getWidth());
        }
        try (PDDocument pdf = Loader.loadPDF(scanAsPdf(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight(), true))) {
            BufferedImage preview = PdfFirstPage.render(pdf, 110, 1600);
            // an A4 page at 110 dpi, below the bound: the resolution asked for
            assertEquals(Math.round(PDRectangle.A4.getHeight() * 110 / 72), preview.getHeight(), 1);
        }
    }
}
