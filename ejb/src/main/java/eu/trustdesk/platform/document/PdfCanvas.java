package eu.trustdesk.platform.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The A4 pages every TrustDesk PDF is drawn on (purchase orders, quotes, contracts, invoices,
 * vouchers): a writing position that runs down the page and onto a new one when the body is full,
 * text in the embedded Unicode fonts of {@link PdfFonts} (names print as typed), lines wrapped at
 * spaces, table cells aligned left or right (amounts), grey shading and rules, and QR codes.
 *
 * <p>Coordinates are PDF points from the bottom left of the page; {@link #y()} is the top of the
 * next line. One canvas makes one document and is not thread-safe.
 */
public final class PdfCanvas {

    public static final PDRectangle A4 = PDRectangle.A4;

    /** A table column from {@code left} to {@code right}; text is aligned to {@code right} when {@code alignRight}. */
    public record Column(float left, float right, boolean alignRight) {
        public float width() {
            return right - left;
        }
    }

    private final PDDocument document = new PDDocument();
    private final PdfFonts fonts;
    private final float top;
    private final float bottom;
    private final float leading;
    private PDPageContentStream out;
    private float y;

    /**
     * @param topMargin    space above the first line of a page
     * @param bottomMargin the lowest point the body may reach
     * @param leading      the line height as a multiple of the font size
     */
    public PdfCanvas(float topMargin, float bottomMargin, float leading) {
        this.fonts = PdfFonts.embedIn(document);
        this.top = A4.getHeight() - topMargin;
        this.bottom = bottomMargin;
        this.leading = leading;
    }

    public PDFont regular() {
        return fonts.regular();
    }

    public PDFont bold() {
        return fonts.bold();
    }

    public PDFont mono() {
        return fonts.mono();
    }

    /** The document's title and producer, which readers show in their window and file properties. */
    public PDDocumentInformation information() {
        return document.getDocumentInformation();
    }

    public PDDocument document() {
        return document;
    }

    public float y() {
        return y;
    }

    public void moveTo(float newY) {
        y = newY;
    }

    public void down(float points) {
        y -= points;
    }

    public void newPage() {
        try {
            closePage();
            PDPage page = new PDPage(A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = top;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    public void need(float height) {
        if (y - height < bottom) {
            newPage();
        }
    }

    /** One line at {@code x}, on a new page if it does not fit; the position moves below it. */
    public void line(PDFont font, float size, float x, String text) {
        need(size * leading);
        text(font, size, x, y - size, text);
        y -= size * leading;
    }

    /** Each text wrapped in {@code width}, one line after the other, continued on a new page when needed. */
    public void wrapped(PDFont font, float size, float x, float width, String text) {
        for (String line : wrap(font, size, text, width)) {
            line(font, size, x, line);
        }
    }

    /**
     * Writes each text wrapped in {@code width} from {@code from} down, beside whatever else is at
     * that height (a block of a two-column header); the position does not move. Returns the y
     * below the last line.
     */
    public float block(PDFont font, float size, float x, float width, float from, List<String> texts) {
        float baseline = from - size;
        for (String text : texts) {
            for (String line : wrap(font, size, text, width)) {
                text(font, size, x, baseline, line);
                baseline -= size * leading;
            }
        }
        return baseline + size * leading - size * (leading - 1) - 2;
    }

    /** {@code text} in {@code column}, its baseline at {@code baseline}, aligned as the column says. */
    public void cell(Column column, PDFont font, float size, float baseline, String text) {
        float x = column.alignRight() ? column.right() - width(font, size, text) : column.left();
        text(font, size, x, baseline, text);
    }

    /** {@code text} with its baseline at ({@code x}, {@code baseline}). */
    public void text(PDFont font, float size, float x, float baseline, String text) {
        try {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, baseline);
            out.showText(PdfFonts.printable(font, text));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The grey of the text that follows (0 black, 1 white). */
    public void textGrey(float grey) {
        try {
            out.setNonStrokingColor(grey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A grey rectangle (the background of a table's header). */
    public void shade(float x, float lowerY, float width, float height, float grey) {
        try {
            out.setNonStrokingColor(grey);
            out.addRect(x, lowerY, width, height);
            out.fill();
            out.setNonStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thin horizontal grey line (between table rows). */
    public void rule(float fromX, float toX, float atY, float grey) {
        try {
            out.setStrokingColor(grey);
            out.moveTo(fromX, atY);
            out.lineTo(toX, atY);
            out.stroke();
            out.setStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The QR code of {@code content}, medium error correction, {@code size} points wide with its
     * lower left corner at ({@code x}, {@code lowerY}). Drawn as vector squares (no image), so it
     * stays sharp however it is printed.
     */
    public void qr(String content, float x, float lowerY, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("too long for a QR code: " + content.length(), e);
        }
        float module = size / matrix.getWidth();
        try {
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        out.addRect(x + column * module, lowerY + size - (row + 1) * module, module, module);
                    }
                }
            }
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws over every page once the body is written (footers, "page 2 of 3"): {@code draw} gets
     * the page's index and writes on it with this canvas's methods.
     */
    public void overEveryPage(IntConsumer draw) {
        try {
            closePage();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                out = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND,
                        true, true);
                draw.accept(i);
                closePage();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    /** The finished document; the canvas is closed. */
    public byte[] toBytes() {
        try (document) {
            closePage();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** The width in points of {@code text} at {@code size}. */
    public static float width(PDFont font, float size, String text) {
        return PdfFonts.width(font, size, text);
    }

    /**
     * Splits {@code text} into lines no wider than {@code width}: at spaces, or inside a word too
     * long for a line (an IBAN, a URL), which would otherwise run off the page.
     */
    public static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text} cut at the end until it fits in {@code width} (a table cell that does not wrap). */
    public static String fit(PDFont font, float size, String text, float width) {
        String fitted = text;
        while (!fitted.isEmpty() && width(font, size, fitted) > width) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        return fitted;
    }
}
