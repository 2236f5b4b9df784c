package eu.trustdesk.invoicing.control;

import eu.trustdesk.platform.document.PdfFonts;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceLine;
import eu.trustdesk.invoicing.entity.InvoiceVat;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.invoicing.entity.VatCategory;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.shared.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders an invoice or a credit note as an A4 PDF in the payer's language: seller, payer with
 * its identifiers, number and dates, references (order, service code, commitment number,
 * contract), the lines, the VAT breakdown, the totals, how to pay (IBAN and BIC for transfers)
 * and the legal mentions French invoices need (no early-payment discount; late-payment penalties
 * and the 40 € recovery indemnity for business and public payers).
 *
 * <p>Text is printed in the embedded Unicode fonts of {@link PdfFonts}, so names print as typed.
 * Stateless: one instance serves every thread.
 */
public final class InvoicePdf {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 50;
    private static final float RIGHT = A4.getWidth() - 50;
    private static final float TOP = A4.getHeight() - 50;
    /** Lowest baseline of the body; the footer lives below. */
    private static final float BOTTOM = 70;
    private static final float MIDDLE = 320;
    private static final float BODY = 9;
    private static final float SMALL = 7.5f;
    private static final float LEADING = 1.3f;
    private static final float GREY = 0.92f;
    private static final float DARK_GREY = 0.4f;

    /** Columns of the lines table: description, quantity, unit price, discount, net amount, VAT rate. */
    private static final Column[] LINE_COLUMNS = {
        new Column(LEFT, 262, false), new Column(266, 296, true), new Column(300, 364, true),
        new Column(368, 426, true), new Column(430, 500, true), new Column(504, RIGHT, true)};
    /** Columns of the VAT breakdown: rate, category, taxable amount, VAT. */
    private static final Column[] VAT_COLUMNS = {
        new Column(LEFT, 110, false), new Column(114, 330, false), new Column(334, 440, true),
        new Column(444, RIGHT, true)};
    private static final Column TOTAL_LABEL = new Column(MIDDLE + 10, 455, false);
    private static final Column TOTAL_AMOUNT = new Column(459, RIGHT, true);

    public byte[] render(Invoice invoice) {
        InvoiceTexts texts = new InvoiceTexts(invoice.language());
        try (PDDocument document = new PDDocument()) {
            Canvas canvas = new Canvas(document);
            header(canvas, invoice, texts);
            parties(canvas, invoice, texts);
            lines(canvas, invoice, texts);
            vat(canvas, invoice, texts);
            totals(canvas, invoice, texts);
            payment(canvas, invoice, texts);
            legal(canvas, invoice, texts);
            canvas.close();
            footers(document, canvas, invoice, texts);
            describe(document, invoice, texts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + invoice.number(), e);
        }
    }

    private static void header(Canvas canvas, Invoice invoice, InvoiceTexts texts) throws IOException {
        Seller seller = invoice.seller();
        float left = TOP;
        left = canvas.lines(canvas.bold, 13, LEFT, MIDDLE - LEFT - 10, left, List.of(seller.name()));
        List<String> sellerLines = new ArrayList<>();
        sellerLines.add(seller.addressLine1());
        sellerLines.add(seller.postalCode() + " " + seller.city());
        sellerLines.add(countryName(seller.country()));
        sellerLines.add(labelled(texts, "seller.siret", seller.siret()));
        sellerLines.add(labelled(texts, "seller.vat", seller.vatNumber()));
        sellerLines.add(labelled(texts, "seller.email", seller.email()));
        left = canvas.lines(canvas.regular, BODY, LEFT, MIDDLE - LEFT - 10, left - 2, sellerLines);

        float right = TOP;
        right = canvas.lines(canvas.bold, 18, MIDDLE, RIGHT - MIDDLE, right, List.of(texts.text("kind." + invoice.kind().name())));
        right = canvas.lines(canvas.bold, 10, MIDDLE, RIGHT - MIDDLE, right - 4,
                List.of(labelled(texts, "header.number", invoice.number())));
        List<String> dates = new ArrayList<>();
        dates.add(labelled(texts, "header.issueDate", texts.date(invoice.issueDate())));
        if (invoice.dueDate() != null) {
            dates.add(labelled(texts, "header.dueDate", texts.date(invoice.dueDate())));
        }
        right = canvas.lines(canvas.regular, BODY, MIDDLE, RIGHT - MIDDLE, right, dates);
        canvas.y = Math.min(left, right) - 18;
    }

    /** References on the left, the payer on the right. */
    private static void parties(Canvas canvas, Invoice invoice, InvoiceTexts texts) throws IOException {
        float top = canvas.y;
        List<String> references = new ArrayList<>();
        references.add(labelled(texts, "references.order", invoice.orderNumber()));
        addIfPresent(references, texts, "references.buyer", invoice.buyerReference());
        addIfPresent(references, texts, "references.purchaseOrder", invoice.purchaseOrderReference());
        addIfPresent(references, texts, "references.contract", invoice.contractReference());
        if (invoice.isCreditNote()) {
            references.add(labelled(texts, "references.credited", texts.text("references.creditedValue",
                    invoice.creditedNumber(), texts.date(invoice.creditedIssueDate()))));
            references.add(labelled(texts, "references.reason", invoice.creditReason()));
        }
        float left = canvas.lines(canvas.bold, BODY, LEFT, MIDDLE - LEFT - 20, top, List.of(texts.text("references.title")));
        left = canvas.lines(canvas.regular, BODY, LEFT, MIDDLE - LEFT - 20, left, references);

        float right = canvas.lines(canvas.bold, BODY, MIDDLE, RIGHT - MIDDLE, top, List.of(texts.text("payer.title")));
        right = canvas.lines(canvas.bold, 10, MIDDLE, RIGHT - MIDDLE, right, List.of(invoice.payerName()));
        List<String> payer = new ArrayList<>(List.of(invoice.payerAddress().formatted().split("\n")));
        LegalIdentity identity = invoice.payerIdentity();
        addIfPresent(payer, texts, "id.siret", identity.siret());
        addIfPresent(payer, texts, "id.vat", identity.vatNumber());
        addIfPresent(payer, texts, "id.taxCode", identity.taxCode());
        addIfPresent(payer, texts, "id.sdiCode", identity.sdiCode());
        addIfPresent(payer, texts, "id.pec", identity.pec());
        addIfPresent(payer, texts, "id.ipaCode", identity.ipaCode());
        Contact contact = invoice.payerContact();
        if (contact != null) {
            payer.add(labelled(texts, "payer.contact", contact.email() == null ? contact.name()
                    : contact.name() + ", " + contact.email()));
        }
        right = canvas.lines(canvas.regular, BODY, MIDDLE, RIGHT - MIDDLE, right, payer);
        canvas.y = Math.min(left, right) - 18;
    }

    private static void lines(Canvas canvas, Invoice invoice, InvoiceTexts texts) throws IOException {
        List<String> header = List.of(texts.text("lines.description"), texts.text("lines.quantity"),
                texts.text("lines.unitPrice"), texts.text("lines.discount"), texts.text("lines.net"),
                texts.text("lines.vat"));
        canvas.row(LINE_COLUMNS, header, canvas.bold, SMALL, true, null);
        for (InvoiceLine line : invoice.lines()) {
            List<String> cells = List.of(line.description(), String.valueOf(line.quantity()),
                    texts.unitPrice(line.unitPrice()),
                    line.allowance().signum() == 0 ? "" : texts.money(line.allowance(), invoice.currency()),
                    texts.money(line.netAmount(), invoice.currency()), texts.percent(line.vatRate()));
            canvas.row(LINE_COLUMNS, cells, canvas.regular, BODY, false, header);
        }
        canvas.y -= 14;
    }

    private static void vat(Canvas canvas, Invoice invoice, InvoiceTexts texts) throws IOException {
        canvas.need(3 * BODY * LEADING + 20);
        canvas.y = canvas.lines(canvas.bold, BODY, LEFT, RIGHT - LEFT, canvas.y, List.of(texts.text("vat.title"))) - 2;
        List<String> header = List.of(texts.text("vat.rate"), "", texts.text("vat.taxable"), texts.text("vat.tax"));
        canvas.row(VAT_COLUMNS, header, canvas.bold, SMALL, true, null);
        for (InvoiceVat vat : invoice.vatBreakdown()) {
            canvas.row(VAT_COLUMNS, List.of(texts.percent(vat.rate()), texts.text("vat.category." + vat.category().code()),
                    texts.money(vat.taxableAmount(), invoice.currency()), texts.money(vat.taxAmount(), invoice.currency())),
                    canvas.regular, BODY, false, header);
        }
        canvas.y -= 14;
    }

    private static void totals(Canvas canvas, Invoice invoice, InvoiceTexts texts) throws IOException {
        String currency = invoice.currency();
        canvas.need(7 * BODY * LEADING + 10);
        canvas.total(texts.text("totals.excludingVat"), texts.money(invoice.totalExcludingVat(), currency), false);
        if (invoice.discountTotal().signum() > 0) {
            canvas.total(texts.text("totals.discount"), texts.money(invoice.discountTotal(), currency), false);
        }
        canvas.total(texts.text("totals.vat"), texts.money(invoice.totalVat(), currency), false);
        canvas.total(texts.text("totals.includingVat"), texts.money(invoice.totalIncludingVat(), currency), true);
        if (invoice.isCreditNote()) {
            canvas.total(texts.text("totals.refund"), texts.money(invoice.amountDue(), currency), true);
        } else {
            if (invoice.prepaidAmount().signum() > 0) {
                canvas.total(texts.text("totals.paid"), texts.money(invoice.prepaidAmount(), currency), false);
            }
            canvas.total(texts.text("totals.due"), texts.money(invoice.amountDue(), currency), true);
        }
        canvas.y -= 14;
    }

    private static void payment(Canvas canvas, Invoice invoice, InvoiceTexts texts) throws IOException {
        PaymentMeans means = invoice.paymentMeans();
        List<String> lines = new ArrayList<>();
        if (means != null && !invoice.isCreditNote()) {
            lines.add(labelled(texts, "payment.means", texts.text("means." + means.name())));
        }
        if (invoice.paymentTerms() != null) {
            lines.add(invoice.paymentTerms());
        }
        if (means != null && means.byTransfer() && !invoice.isCreditNote() && invoice.amountDue().signum() > 0) {
            Seller seller = invoice.seller();
            lines.add(labelled(texts, "payment.holder", seller.name()));
            lines.add(labelled(texts, "payment.iban", seller.ibanGrouped()));
            lines.add(labelled(texts, "payment.bic", seller.bic()));
        }
        if (lines.isEmpty()) {
            return;
        }
        canvas.need((lines.size() + 2) * BODY * LEADING);
        canvas.y = canvas.lines(canvas.bold, BODY, LEFT, RIGHT - LEFT, canvas.y, List.of(texts.text("payment.title")));
        canvas.y = canvas.paragraphs(canvas.regular, BODY, lines) - 12;
    }

    private static void legal(Canvas canvas, Invoice invoice, InvoiceTexts texts) throws IOException {
        List<String> mentions = new ArrayList<>();
        if (invoice.isCreditNote()) {
            mentions.add(texts.text("legal.creditNote", invoice.creditedNumber(), texts.date(invoice.creditedIssueDate())));
        } else {
            mentions.add(texts.text("legal.noEarlyDiscount"));
            if (invoice.payerPublicBody()) {
                mentions.add(texts.text("legal.latePenalties.publicBody"));
            } else if (invoice.payer().professional()) {
                mentions.add(texts.text("legal.latePenalties.business"));
            }
        }
        for (InvoiceVat vat : invoice.vatBreakdown()) {
            if (vat.category() != VatCategory.STANDARD && vat.exemptionReason() != null) {
                mentions.add(texts.text("legal.vatExemption", vat.exemptionReason()));
            }
        }
        canvas.paragraphs(canvas.regular, SMALL, mentions);
    }

    /** Every page: who issued the document, and its page number. */
    private static void footers(PDDocument document, Canvas canvas, Invoice invoice, InvoiceTexts texts) throws IOException {
        Seller seller = invoice.seller();
        StringBuilder who = new StringBuilder(seller.name());
        if (seller.legalInfo() != null) {
            who.append(" - ").append(seller.legalInfo());
        }
        who.append(" - ").append(labelled(texts, "seller.siret", seller.siret()))
                .append(" - ").append(labelled(texts, "seller.vat", seller.vatNumber()));
        String identification = who.toString();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                out.setNonStrokingColor(DARK_GREY);
                float y = 40;
                for (String line : canvas.wrap(canvas.regular, SMALL, identification, RIGHT - LEFT)) {
                    float width = canvas.width(canvas.regular, SMALL, line);
                    show(out, canvas.regular, SMALL, (A4.getWidth() - width) / 2, y, line);
                    y -= SMALL * LEADING;
                }
                String number = invoice.number() + " - " + texts.text("header.page", i + 1, pages);
                show(out, canvas.regular, SMALL, RIGHT - canvas.width(canvas.regular, SMALL, number), 22, number);
            }
        }
    }

    private static void describe(PDDocument document, Invoice invoice, InvoiceTexts texts) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(texts.text("kind." + invoice.kind().name()) + " " + invoice.number());
        info.setAuthor(invoice.seller().name());
        info.setCreator("TrustDesk");
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        issued.setTimeInMillis(invoice.issuedAt().toEpochMilli());
        info.setCreationDate(issued);
        document.getDocumentCatalog().setLanguage(invoice.language().code());
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(PdfFonts.printable(font, text));
        out.endText();
    }

    private static String labelled(InvoiceTexts texts, String key, String value) {
        // French typography puts a space before the colon
        return texts.text(key) + (texts.language() == Language.FR ? " : " : ": ") + value;
    }

    private static void addIfPresent(List<String> lines, InvoiceTexts texts, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(labelled(texts, key, value));
        }
    }

    private static String countryName(Country country) {
        return country == Country.FR ? "FRANCE" : "ITALIA";
    }

    private record Column(float left, float right, boolean alignRight) {
        float width() {
            return right - left;
        }
    }

    /** The page being written and the position on it; starts a new page when the body is full. */
    private static final class Canvas {

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream out;
        private float y;

        Canvas(PDDocument document) throws IOException {
            this.document = document;
            PdfFonts fonts = PdfFonts.embedIn(document);
            regular = fonts.regular();
            bold = fonts.bold();
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = TOP;
        }

        void close() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }

        /** Starts a new page unless {@code height} more points fit on this one. */
        void need(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        /** Writes each text wrapped in {@code width} from {@code top} down; returns the y below the last line. */
        float lines(PDFont font, float size, float x, float width, float top, List<String> texts) throws IOException {
            float baseline = top - size;
            for (String text : texts) {
                for (String line : wrap(font, size, text, width)) {
                    show(out, font, size, x, baseline, line);
                    baseline -= size * LEADING;
                }
            }
            return baseline + size * LEADING - size * (LEADING - 1) - 2;
        }

        /** Full-width paragraphs at the current position, continued on a new page when needed. */
        float paragraphs(PDFont font, float size, List<String> texts) throws IOException {
            for (String text : texts) {
                for (String line : wrap(font, size, text, RIGHT - LEFT)) {
                    need(size * LEADING);
                    show(out, font, size, LEFT, y - size, line);
                    y -= size * LEADING;
                }
                y -= size * 0.4f;
            }
            return y;
        }

        /** One table row, its cells wrapped in their columns; on a new page, {@code header} is repeated first. */
        void row(Column[] columns, List<String> cells, PDFont font, float size, boolean shaded, List<String> header)
                throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < columns.length; i++) {
                List<String> cell = wrap(font, size, cells.get(i), columns[i].width());
                wrapped.add(cell);
                height = Math.max(height, cell.size());
            }
            float rowHeight = height * size * LEADING + 4;
            if (y - rowHeight < BOTTOM) {
                newPage();
                if (header != null) {
                    row(columns, header, bold, SMALL, true, null);
                }
            }
            if (shaded) {
                out.setNonStrokingColor(GREY);
                out.addRect(LEFT - 2, y - rowHeight, RIGHT - LEFT + 4, rowHeight);
                out.fill();
                out.setNonStrokingColor(0f);
            } else {
                out.setStrokingColor(GREY);
                out.moveTo(LEFT - 2, y - rowHeight);
                out.lineTo(RIGHT + 2, y - rowHeight);
                out.stroke();
                out.setStrokingColor(0f);
            }
            for (int i = 0; i < columns.length; i++) {
                float baseline = y - 2 - size;
                for (String line : wrapped.get(i)) {
                    float x = columns[i].alignRight() ? columns[i].right() - width(font, size, line) : columns[i].left();
                    show(out, font, size, x, baseline, line);
                    baseline -= size * LEADING;
                }
            }
            y -= rowHeight;
        }

        /** One line of the totals: label on the left, amount aligned right. */
        void total(String label, String amount, boolean strong) throws IOException {
            PDFont font = strong ? bold : regular;
            show(out, font, BODY, TOTAL_LABEL.left(), y - BODY, label);
            show(out, font, BODY, TOTAL_AMOUNT.right() - width(font, BODY, amount), y - BODY, amount);
            y -= BODY * LEADING + 2;
        }

        float width(PDFont font, float size, String text) throws IOException {
            return PdfFonts.width(font, size, text);
        }

        /** Splits {@code text} into lines no wider than {@code width}, at spaces, or inside a word too long for a line. */
        List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
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
    }
}
