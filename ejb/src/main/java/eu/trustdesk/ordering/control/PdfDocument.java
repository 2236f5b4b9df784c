package eu.trustdesk.ordering.control;

import eu.trustdesk.platform.document.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A plain A4 business document written with PDFBox: headings, paragraphs that wrap, and tables of
 * columns aligned left or right, flowing onto new pages, in the embedded Unicode fonts of
 * {@link PdfFonts}: every name prints as it was typed.
 */
public final class PdfDocument {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 9.5f;
    private static final float LEADING = 1.35f;
    private static final java.util.regex.Pattern AMOUNT =
            java.util.regex.Pattern.compile("[-\u2212]?€?[\\d.,\\s\u00A0\u202F]*\\d[\\s\u00A0\u202F]?(%|€|EUR)?");

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream out;
    private float y;

    public PdfDocument(String title) {
        PdfFonts fonts = PdfFonts.embedIn(document);
        regular = fonts.regular();
        bold = fonts.bold();
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setProducer("TrustDesk");
        document.setDocumentInformation(info);
        newPage();
    }

    public PdfDocument heading(String text) {
        space(6);
        line(bold, 15, text, MARGIN);
        return space(4);
    }

    public PdfDocument subheading(String text) {
        space(6);
        return line(bold, 11, text, MARGIN);
    }

    /** A paragraph; {@code \n} starts a new line. */
    public PdfDocument paragraph(String text) {
        for (String part : text.split("\n")) {
            for (String wrapped : wrap(part, regular, BODY, WIDTH)) {
                line(regular, BODY, wrapped, MARGIN);
            }
        }
        return space(3);
    }

    public PdfDocument keyValue(String key, String value) {
        ensure(BODY * LEADING);
        write(bold, BODY, key, MARGIN);
        write(regular, BODY, value == null ? "" : value, MARGIN + 150);
        y -= BODY * LEADING;
        return this;
    }

    /**
     * A table: {@code widths} are fractions of the line, a column whose header starts with ">" is
     * aligned right (amounts). The header row is bold.
     */
    public PdfDocument table(List<String> headers, float[] widths, List<List<String>> rows) {
        space(3);
        row(bold, headers, widths);
        for (List<String> r : rows) {
            row(regular, r, widths);
        }
        return space(3);
    }

    private void row(PDFont font, List<String> cells, float[] widths) {
        ensure(BODY * LEADING);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).startsWith(">") ? cells.get(i).substring(1) : cells.get(i);
            float width = widths[i] * WIDTH;
            boolean right = cells.get(i).startsWith(">") || (font == regular && isAmount(cell));
            String fitted = fit(cell, font, width - 4);
            float at = right ? x + width - 4 - textWidth(font, BODY, fitted) : x;
            write(font, BODY, fitted, at);
            x += width;
        }
        y -= BODY * LEADING;
    }

    public PdfDocument space(float points) {
        y -= points;
        return this;
    }

    public byte[] toBytes() {
        try {
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            document.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfDocument line(PDFont font, float size, String text, float x) {
        ensure(size * LEADING);
        write(font, size, text, x);
        y -= size * LEADING;
        return this;
    }

    private void write(PDFont font, float size, String text, float x) {
        try {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y - size);
            out.showText(PdfFonts.printable(font, text));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Figures as {@code Formats} writes them in any language — {@code 1 234,56 €} with French
     * no-break spaces, {@code €1,234.56}, {@code 20 %}, a quantity — are aligned right.
     */
    private static boolean isAmount(String cell) {
        return AMOUNT.matcher(cell).matches();
    }

    private List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (textWidth(font, size, candidate) > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private String fit(String text, PDFont font, float width) {
        String fitted = text;
        while (!fitted.isEmpty() && textWidth(font, BODY, fitted) > width) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        return fitted;
    }

    private static float textWidth(PDFont font, float size, String text) {
        return PdfFonts.width(font, size, text);
    }
}
