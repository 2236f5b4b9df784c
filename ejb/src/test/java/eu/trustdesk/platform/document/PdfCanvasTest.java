package eu.trustdesk.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The one canvas of every PDF: what it wraps, cuts and prints is what a reader gets back as text. */
class PdfCanvasTest {

    @Test
    void wrapsAtSpacesAndCutsOnlyAWordTooLongForTheLine() {
        PdfCanvas canvas = new PdfCanvas(50, 50, 1.3f);
        PDFont font = canvas.regular();
        String text = "L’offre de Łukasz Ștefan, valable jusqu’au 31 décembre";
        float width = PdfCanvas.width(font, 10, "L’offre de Łukasz Ștefan,");

        List<String> lines = PdfCanvas.wrap(font, 10, text, width);

        assertEquals("L’offre de Łukasz Ștefan,", lines.get(0));
        assertEquals(text, String.join(" ", lines), "no word is lost or cut");
        List<String> iban = PdfCanvas.wrap(font, 10, "FR7630006000011234567890189", PdfCanvas.width(font, 10, "FR76300060"));
        assertTrue(iban.size() > 1, "an IBAN wider than the column is cut rather than running off the page");
        assertEquals("FR7630006000011234567890189", String.join("", iban));
        assertEquals(List.of(""), PdfCanvas.wrap(font, 10, "", 100));
    }

    @Test
    void aCellThatDoesNotWrapIsCutToItsColumn() {
        PdfCanvas canvas = new PdfCanvas(50, 50, 1.3f);
        float width = PdfCanvas.width(canvas.regular(), 9, "Désignation");
        assertEquals("Désignation", PdfCanvas.fit(canvas.regular(), 9, "Désignation du produit", width));
    }

    @Test
    void textFlowsOntoANewPageAndReadsBackAsWritten() throws Exception {
        PdfCanvas canvas = new PdfCanvas(50, 50, 1.3f);
        canvas.newPage();
        for (int i = 0; i < 80; i++) {
            canvas.line(canvas.regular(), 10, 50, "Ligne " + i + " – Zoë d’Ærø 東");
        }
        canvas.newPage();
        canvas.cell(new PdfCanvas.Column(50, 300, true), canvas.bold(), 10, canvas.y() - 10, "1 234,56 €");

        try (PDDocument document = Loader.loadPDF(canvas.toBytes())) {
            assertEquals(3, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ligne 79 – Zoë d’Ærø ?"), "a glyph the font lacks prints as ?: " + text);
            assertTrue(text.contains("1 234,56 €"), text);
        }
    }
}
