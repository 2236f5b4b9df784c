package eu.trustdesk.platform.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document: DejaVu Sans (regular and bold) for text and DejaVu Sans Mono bold
 * for codes, embedded as subsets.
 *
 * <p>Why embedded Unicode fonts rather than the standard Helvetica every reader has: Helvetica
 * only knows the WinAnsi characters, so "Łukasz Ștefan" came out as "Lukasz Stefan" on an invoice
 * and a contract — a legal document must carry a name as its owner typed it. DejaVu covers every
 * European script (Latin, Greek, Cyrillic) and the typographic signs of French (narrow no-break
 * space, ’, « »); only the glyphs a document uses are embedded, so a one-page invoice grows by
 * some 20 kB. A character DejaVu lacks (an emoji, a Chinese ideogram) prints as "?" rather than
 * failing the document.
 *
 * <p>The font files come from the {@code jasperreports-fonts} artifact; their bytes are read once,
 * each document parses its own copy (PDFBox fonts are bound to one document and not thread-safe).
 */
public final class PdfFonts {

    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] SANS = read("DejaVuSans.ttf");
    private static final byte[] SANS_BOLD = read("DejaVuSans-Bold.ttf");
    private static final byte[] MONO_BOLD = read("DejaVuSansMono-Bold.ttf");

    private final PDFont regular;
    private final PDFont bold;
    private final PDFont mono;

    private PdfFonts(PDDocument document) throws IOException {
        regular = PDType0Font.load(document, new ByteArrayInputStream(SANS), true);
        bold = PDType0Font.load(document, new ByteArrayInputStream(SANS_BOLD), true);
        mono = PDType0Font.load(document, new ByteArrayInputStream(MONO_BOLD), true);
    }

    /** The fonts, ready to be used on the pages of {@code document}. */
    public static PdfFonts embedIn(PDDocument document) {
        try {
            return new PdfFonts(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /** For codes a person copies by hand (voucher codes): every character the same width. */
    public PDFont mono() {
        return mono;
    }

    /**
     * {@code text} as {@code font} can show it on one line: line breaks, tabs and spaces the font
     * lacks become a plain space, other control characters are dropped, and a character without a
     * glyph becomes "?". {@code null} is the empty text.
     */
    public static String printable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == ' ' || c > ' ' && c < 0x7f) {
                out.append((char) c);
            } else if (Character.isISOControl(c)) {
                if (Character.isWhitespace(c)) {
                    out.append(' ');
                }
            } else if (hasGlyph(font, c)) {
                out.appendCodePoint(c);
            } else {
                out.append(Character.isSpaceChar(c) ? ' ' : '?');
            }
        });
        return out.toString();
    }

    /** The width in points of {@code text} (made printable) at {@code size}. */
    public static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(printable(font, text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + FOLDER + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
