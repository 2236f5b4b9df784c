package eu.trustdesk.platform.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as inline SVG, for a page: one square per dark module, with the four-module quiet
 * zone scanners need. Inline, so no image request (nor a {@code data:} URL a Content-Security-Policy
 * may refuse) carries what it encodes.
 */
public final class QrSvg {

    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /** The SVG element for {@code text}, drawn {@code size} CSS pixels wide; decorative (the page gives the text too). */
    public static String of(String text, int size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalStateException("Text too long for a QR code: " + text.length(), e);
        }
        int width = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < width; column++) {
                if (matrix.get(column, row)) {
                    path.append('M').append(column).append(' ').append(row).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + matrix.getHeight()
                + "\" width=\"" + size + "\" height=\"" + size + "\" shape-rendering=\"crispEdges\" aria-hidden=\"true\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
