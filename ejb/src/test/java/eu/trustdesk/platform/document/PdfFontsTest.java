package eu.trustdesk.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Names print in a PDF exactly as they were typed, whatever European script they use. */
class PdfFontsTest {

    private static final String NAMES = "Hélène Lefèvre, Niccolò Dell’Acqua, Łukasz Ștefan, Zoë Ørsted, Dubœuf, Ελένη, Алёна";

    @Test
    void aDocumentPrintsEveryEuropeanNameAsTypedInAnEmbeddedFont() throws IOException {
        byte[] pdf = new PdfDocument("Bon de commande – " + NAMES)
                .heading("Société Coopérative Àrea Nord")
                .keyValue("Titulaire", NAMES)
                .paragraph("« Prix : 1\u202F234,56 € »")
                .toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Société Coopérative Àrea Nord"), text);
            assertTrue(text.contains(NAMES), text);
            assertTrue(text.contains("« Prix : 1\u202F234,56 € »"), "French typography kept: " + text);
            assertEquals("Bon de commande – " + NAMES, document.getDocumentInformation().getTitle());
            List<String> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded, so every reader shows the same glyphs");
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("DejaVuSans")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("DejaVuSans-Bold")), fonts.toString());
        }
    }

    @Test
    void amountsWrittenTheFrenchWayAreAlignedRightInTables() throws IOException {
        byte[] pdf = new PdfDocument("Devis").table(List.of("Produit", ">Total"), new float[] {0.7f, 0.3f}, List.of(
                List.of("Lecteur", "35,50\u00A0€"), List.of("Jeton", "1\u202F234,56\u00A0€"), List.of("TVA", "20\u00A0%")))
                .toBytes();
        List<Float> rightEdges = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                if (text.endsWith("€") || text.endsWith("%") || text.equals("Total")) {
                    org.apache.pdfbox.text.TextPosition last = positions.get(positions.size() - 1);
                    rightEdges.add(last.getXDirAdj() + last.getWidthDirAdj());
                }
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        assertEquals(4, rightEdges.size(), rightEdges.toString());
        for (float edge : rightEdges) {
            assertEquals(rightEdges.get(0), edge, 0.5f, "the header and every amount end at the same place: " + rightEdges);
        }
    }

    @Test
    void whatNoFontCanShowBecomesAQuestionMarkAndLineBreaksBecomeSpaces() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PdfFonts.embedIn(document).regular();
            assertEquals("Zoë ? a b", PdfFonts.printable(font, "Zoë 漢 a\nb"));
            assertEquals("", PdfFonts.printable(font, null));
            assertEquals("Ștefan", PdfFonts.printable(font, "Ș\u0000tefan"), "control characters are dropped");
            assertTrue(PdfFonts.width(font, 10, "Łukasz") > PdfFonts.width(font, 10, "Ł"));
        }
    }
}
