package eu.trustdesk.platform.document;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A plain A4 business document (purchase order, terms of sale, quote, delivery note, contract):
 * headings, paragraphs that wrap, key-value lines and tables of columns aligned left or right,
 * flowing onto new pages, drawn on a {@link PdfCanvas}.
 */
public final class PdfDocument {

    private static final float MARGIN = 50;
    private static final float WIDTH = PdfCanvas.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 9.5f;
    private static final float LEADING = 1.35f;
    /** Space between a column's text and the next column. */
    private static final float GUTTER = 4;
    private static final Pattern AMOUNT =
            Pattern.compile("[-\u2212]?€?[\\d.,\\s\u00A0\u202F]*\\d[\\s\u00A0\u202F]?(%|€|EUR)?");

    private final PdfCanvas canvas = new PdfCanvas(MARGIN, MARGIN, LEADING);

    public PdfDocument(String title) {
        canvas.information().setTitle(title);
        canvas.information().setProducer("TrustDesk");
        canvas.newPage();
    }

    public PdfDocument heading(String text) {
        space(6);
        canvas.line(canvas.bold(), 15, MARGIN, text);
        return space(4);
    }

    public PdfDocument subheading(String text) {
        space(6);
        canvas.line(canvas.bold(), 11, MARGIN, text);
        return this;
    }

    /** A paragraph; {@code \n} starts a new line. */
    public PdfDocument paragraph(String text) {
        for (String part : text.split("\n")) {
            canvas.wrapped(canvas.regular(), BODY, MARGIN, WIDTH, part);
        }
        return space(3);
    }

    public PdfDocument keyValue(String key, String value) {
        canvas.need(BODY * LEADING);
        canvas.text(canvas.bold(), BODY, MARGIN, canvas.y() - BODY, key);
        canvas.text(canvas.regular(), BODY, MARGIN + 150, canvas.y() - BODY, value == null ? "" : value);
        canvas.down(BODY * LEADING);
        return this;
    }

    /**
     * A table: {@code widths} are fractions of the line, a column whose header starts with ">" is
     * aligned right (amounts), as is any cell that reads as an amount. The header row is bold; a
     * cell too long for its column is cut.
     */
    public PdfDocument table(List<String> headers, float[] widths, List<List<String>> rows) {
        space(3);
        row(canvas.bold(), headers, widths);
        for (List<String> r : rows) {
            row(canvas.regular(), r, widths);
        }
        return space(3);
    }

    private void row(PDFont font, List<String> cells, float[] widths) {
        canvas.need(BODY * LEADING);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            boolean marked = cells.get(i).startsWith(">");
            String cell = marked ? cells.get(i).substring(1) : cells.get(i);
            float width = widths[i] * WIDTH;
            boolean right = marked || (font == canvas.regular() && isAmount(cell));
            PdfCanvas.Column column = new PdfCanvas.Column(x, x + width - GUTTER, right);
            canvas.cell(column, font, BODY, canvas.y() - BODY, PdfCanvas.fit(font, BODY, cell, column.width()));
            x += width;
        }
        canvas.down(BODY * LEADING);
    }

    public PdfDocument space(float points) {
        canvas.down(points);
        return this;
    }

    public byte[] toBytes() {
        return canvas.toBytes();
    }

    /**
     * Figures as {@code Formats} writes them in any language — {@code 1 234,56 €} with French
     * no-break spaces, {@code €1,234.56}, {@code 20 %}, a quantity — are aligned right.
     */
    private static boolean isAmount(String cell) {
        return AMOUNT.matcher(cell).matches();
    }
}
