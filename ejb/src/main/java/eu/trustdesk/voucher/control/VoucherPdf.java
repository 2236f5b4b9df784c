package eu.trustdesk.voucher.control;

import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.PdfCanvas;
import eu.trustdesk.shared.Formats;
import eu.trustdesk.shared.Language;
import eu.trustdesk.voucher.entity.Voucher;
import eu.trustdesk.voucher.entity.VoucherOrder;
import java.util.List;

/**
 * Printable vouchers, one A4 page each: the code in large type, the product and its validity, the
 * expiry date, the end customer, the redemption URL with its QR code, and the terms of use. The
 * QR code is drawn as vector squares (no image), so it stays sharp however it is printed.
 */
public final class VoucherPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PdfCanvas.A4.getWidth() - 2 * MARGIN;
    private static final float LEADING = 1.4f;
    private static final float QR_SIZE = 150;

    /** One page per voucher, in the order given. */
    public byte[] render(VoucherOrder order, List<Voucher> vouchers, String redemptionBase, Language language) {
        DocumentTexts texts = DocumentTexts.of(DocumentBundle.VOUCHER, language);
        String expiry = Formats.of(language).date(order.expiresAt());
        PdfCanvas canvas = new PdfCanvas(MARGIN, MARGIN, LEADING);
        for (Voucher voucher : vouchers) {
            page(canvas, texts, order, voucher, redemptionBase + voucher.groupedCode(), expiry);
        }
        return canvas.toBytes();
    }

    private static void page(PdfCanvas canvas, DocumentTexts texts, VoucherOrder order, Voucher voucher, String url,
            String expiry) {
        canvas.newPage();
        canvas.line(canvas.bold(), 22, MARGIN, texts.text("pdf.title"));
        canvas.down(8);
        canvas.line(canvas.regular(), 12, MARGIN, voucher.productName());
        canvas.line(canvas.regular(), 11, MARGIN, texts.text("pdf.validity", voucher.validityYears()));
        canvas.down(18);
        canvas.line(canvas.regular(), 10, MARGIN, texts.text("pdf.code"));
        canvas.line(canvas.mono(), 20, MARGIN, voucher.groupedCode());
        canvas.down(12);
        canvas.line(canvas.regular(), 11, MARGIN, texts.text("pdf.expiry", expiry));
        canvas.line(canvas.regular(), 11, MARGIN, texts.text("pdf.customer", order.customerName()));
        canvas.line(canvas.regular(), 11, MARGIN, texts.text("pdf.order", order.number()));
        canvas.down(18);
        canvas.line(canvas.bold(), 12, MARGIN, texts.text("pdf.howTo"));
        paragraphs(canvas, 10, texts.text("pdf.howTo.text", url));
        canvas.down(8);
        canvas.qr(url, MARGIN, canvas.y() - QR_SIZE, QR_SIZE);
        canvas.down(QR_SIZE + 24);
        canvas.line(canvas.bold(), 12, MARGIN, texts.text("pdf.terms"));
        paragraphs(canvas, 9, texts.text("pdf.terms.text"));
    }

    /** {@code text} wrapped to the page; {@code \n} starts a new line. */
    private static void paragraphs(PdfCanvas canvas, float size, String text) {
        for (String paragraph : text.split("\n")) {
            canvas.wrapped(canvas.regular(), size, MARGIN, WIDTH, paragraph);
        }
    }
}
