package eu.trustdesk.voucher.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import eu.trustdesk.platform.document.PdfFonts;
import eu.trustdesk.shared.Language;
import eu.trustdesk.voucher.entity.Voucher;
import eu.trustdesk.voucher.entity.VoucherOrder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import eu.trustdesk.shared.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Printable vouchers, one A4 page each: the code in large type, the product and its validity, the
 * expiry date, the end customer, the redemption URL with its QR code, and the terms of use. The
 * QR code is drawn as vector squares (no image), so it stays sharp however it is printed.
 */
public final class VoucherPdf {

    static final String BUNDLE = "eu.trustdesk.voucher.vouchers";
    private static final float MARGIN = 56;
    private static final float QR_SIZE = 150;

    /** One page per voucher, in the order given. */
    public byte[] render(VoucherOrder order, List<Voucher> vouchers, String redemptionBase, Language language) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
        String expiry = Formats.of(language).date(order.expiresAt());
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embedIn(document);
            for (Voucher voucher : vouchers) {
                page(document, fonts, texts, order, voucher, redemptionBase + voucher.groupedCode(), expiry, language);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(PDDocument document, PdfFonts fonts, ResourceBundle texts, VoucherOrder order, Voucher voucher, String url,
            String expiry, Language language) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float top = PDRectangle.A4.getHeight() - MARGIN;
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        PDFont bold = fonts.bold();
        PDFont regular = fonts.regular();
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            float y = top;
            y = text(out, bold, 22, format(texts, "pdf.title"), MARGIN, y);
            y -= 8;
            y = text(out, regular, 12, voucher.productName(), MARGIN, y);
            y = text(out, regular, 11, format(texts, "pdf.validity", voucher.validityYears()), MARGIN, y);
            y -= 18;
            y = text(out, regular, 10, format(texts, "pdf.code"), MARGIN, y);
            y = text(out, fonts.mono(), 20, voucher.groupedCode(), MARGIN, y);
            y -= 12;
            y = text(out, regular, 11, format(texts, "pdf.expiry", expiry), MARGIN, y);
            y = text(out, regular, 11, format(texts, "pdf.customer", order.customerName()), MARGIN, y);
            y = text(out, regular, 11, format(texts, "pdf.order", order.number()), MARGIN, y);
            y -= 18;
            y = text(out, bold, 12, format(texts, "pdf.howTo"), MARGIN, y);
            for (String line : wrap(format(texts, "pdf.howTo.text", url), regular, 10, width)) {
                y = text(out, regular, 10, line, MARGIN, y);
            }
            y -= 8;
            qr(out, url, MARGIN, y - QR_SIZE);
            y -= QR_SIZE + 24;
            y = text(out, bold, 12, format(texts, "pdf.terms"), MARGIN, y);
            for (String line : wrap(format(texts, "pdf.terms.text"), regular, 9, width)) {
                y = text(out, regular, 9, line, MARGIN, y);
            }
        }
    }

    private float text(PDPageContentStream out, PDFont font, float size, String text, float x, float y)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y - size);
        out.showText(PdfFonts.printable(font, text));
        out.endText();
        return y - size * 1.4f;
    }

    /** The QR code of the URL, medium error correction, one filled square per dark module. */
    private static void qr(PDPageContentStream out, String url, float x, float y) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("URL too long for a QR code: " + url.length(), e);
        }
        float module = QR_SIZE / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    out.addRect(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (PdfFonts.width(font, size, candidate) > width && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
        }
        return lines;
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
