package eu.trustdesk.invoicing.control;

import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text the PDFs can print. They use the standard Helvetica font, which every PDF reader has and
 * which need not be embedded; PDFBox 3 ships no TrueType font to embed instead. Helvetica is
 * written in the WinAnsi encoding: all the letters of French and Italian, the euro sign and the
 * usual punctuation, but nothing beyond (a Polish or Greek name, a narrow no-break space, an
 * emoji). Such characters are replaced: spaces by a space, accented letters by their base letter
 * (and the few Latin letters that have none, such as the Polish ł, by the nearest one), anything
 * else by a question mark, so a document is always produced.
 */
public final class WinAnsiText {

    /** Latin letters without a Unicode decomposition, and the letter a reader would write instead. */
    private static final String UNDECOMPOSABLE = "łŁđĐħĦıŀĿŧŦ";
    private static final String NEAREST = "lLdDhHilLtT";

    private WinAnsiText() {
    }

    /** {@code text} with every character Helvetica cannot print replaced. */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(printable(c) ? Character.toString(c) : replacement(c)));
        return out.toString();
    }

    /** Whether every character of {@code text} prints as it is. */
    public static boolean printable(String text) {
        return text.codePoints().allMatch(WinAnsiText::printable);
    }

    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        if (Character.isISOControl(c) || Character.isSpaceChar(c)) {
            return false;
        }
        return WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(c));
    }

    private static String replacement(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
            return " ";
        }
        if (c >= 0x2010 && c <= 0x2015 || c == 0x2212) {
            return "-";
        }
        int letter = UNDECOMPOSABLE.indexOf(c);
        if (letter >= 0) {
            return NEAREST.substring(letter, letter + 1);
        }
        String base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
        if (!base.isEmpty() && printable(base.codePointAt(0))) {
            return Character.toString(base.codePointAt(0));
        }
        return "?";
    }
}
