package eu.trustdesk.invoicing.control;

import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.platform.document.PdfCanvas;
import eu.trustdesk.platform.document.PdfCanvas.Column;
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
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders an invoice or a credit note as an A4 PDF in the payer's language: seller, payer with
 * its identifiers, number and dates, references (order, service code, commitment number,
 * contract), the lines, the VAT breakdown, the totals, how to pay (IBAN and BIC for transfers)
 * and the legal mentions French invoices need (no early-payment discount; late-payment penalties
 * and the 40 € recovery indemnity for business and public payers).
 *
 * <p>Drawn on a {@link PdfCanvas}: text in the embedded Unicode fonts of {@link PdfFonts}, so names print as typed.
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
        DocumentTexts texts = DocumentTexts.of(DocumentBundle.INVOICE, invoice.language());
        PdfCanvas canvas = new PdfCanvas(A4.getHeight() - TOP, BOTTOM, LEADING);
        canvas.newPage();
        header(canvas, invoice, texts);
        parties(canvas, invoice, texts);
        lines(canvas, invoice, texts);
        vat(canvas, invoice, texts);
        totals(canvas, invoice, texts);
        payment(canvas, invoice, texts);
        legal(canvas, invoice, texts);
        footers(canvas, invoice, texts);
        describe(canvas, invoice, texts);
        return canvas.toBytes();
    }

    private static void header(PdfCanvas canvas, Invoice invoice, DocumentTexts texts) {
        Seller seller = invoice.seller();
        float left = TOP;
        left = canvas.block(canvas.bold(), 13, LEFT, MIDDLE - LEFT - 10, left, List.of(seller.name()));
        List<String> sellerLines = new ArrayList<>();
        sellerLines.add(seller.addressLine1());
        sellerLines.add(seller.postalCode() + " " + seller.city());
        sellerLines.add(countryName(seller.country()));
        sellerLines.add(texts.labelled("seller.siret", seller.siret()));
        sellerLines.add(texts.labelled("seller.vat", seller.vatNumber()));
        sellerLines.add(texts.labelled("seller.email", seller.email()));
        left = canvas.block(canvas.regular(), BODY, LEFT, MIDDLE - LEFT - 10, left - 2, sellerLines);

        float right = TOP;
        right = canvas.block(canvas.bold(), 18, MIDDLE, RIGHT - MIDDLE, right,
                List.of(texts.text("kind." + invoice.kind().name())));
        right = canvas.block(canvas.bold(), 10, MIDDLE, RIGHT - MIDDLE, right - 4,
                List.of(texts.labelled("header.number", invoice.number())));
        List<String> dates = new ArrayList<>();
        dates.add(texts.labelled("header.issueDate", texts.date(invoice.issueDate())));
        if (invoice.dueDate() != null) {
            dates.add(texts.labelled("header.dueDate", texts.date(invoice.dueDate())));
        }
        right = canvas.block(canvas.regular(), BODY, MIDDLE, RIGHT - MIDDLE, right, dates);
        canvas.moveTo(Math.min(left, right) - 18);
    }

    /** References on the left, the payer on the right. */
    private static void parties(PdfCanvas canvas, Invoice invoice, DocumentTexts texts) {
        float top = canvas.y();
        List<String> references = new ArrayList<>();
        references.add(texts.labelled("references.order", invoice.orderNumber()));
        addIfPresent(references, texts, "references.buyer", invoice.buyerReference());
        addIfPresent(references, texts, "references.purchaseOrder", invoice.purchaseOrderReference());
        addIfPresent(references, texts, "references.contract", invoice.contractReference());
        if (invoice.isCreditNote()) {
            references.add(texts.labelled("references.credited", texts.text("references.creditedValue",
                    invoice.creditedNumber(), texts.date(invoice.creditedIssueDate()))));
            references.add(texts.labelled("references.reason", invoice.creditReason()));
        }
        float left = canvas.block(canvas.bold(), BODY, LEFT, MIDDLE - LEFT - 20, top,
                List.of(texts.text("references.title")));
        left = canvas.block(canvas.regular(), BODY, LEFT, MIDDLE - LEFT - 20, left, references);

        float right = canvas.block(canvas.bold(), BODY, MIDDLE, RIGHT - MIDDLE, top, List.of(texts.text("payer.title")));
        right = canvas.block(canvas.bold(), 10, MIDDLE, RIGHT - MIDDLE, right, List.of(invoice.payerName()));
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
            payer.add(texts.labelled("payer.contact", contact.email() == null ? contact.name()
                    : contact.name() + ", " + contact.email()));
        }
        right = canvas.block(canvas.regular(), BODY, MIDDLE, RIGHT - MIDDLE, right, payer);
        canvas.moveTo(Math.min(left, right) - 18);
    }

    private static void lines(PdfCanvas canvas, Invoice invoice, DocumentTexts texts) {
        List<String> header = List.of(texts.text("lines.description"), texts.text("lines.quantity"),
                texts.text("lines.unitPrice"), texts.text("lines.discount"), texts.text("lines.net"),
                texts.text("lines.vat"));
        row(canvas, LINE_COLUMNS, header, canvas.bold(), SMALL, true, null);
        for (InvoiceLine line : invoice.lines()) {
            List<String> cells = List.of(line.description(), String.valueOf(line.quantity()),
                    texts.unitPrice(line.unitPrice()),
                    line.allowance().signum() == 0 ? "" : texts.money(line.allowance(), invoice.currency()),
                    texts.money(line.netAmount(), invoice.currency()), texts.percent(line.vatRate()));
            row(canvas, LINE_COLUMNS, cells, canvas.regular(), BODY, false, header);
        }
        canvas.down(14);
    }

    private static void vat(PdfCanvas canvas, Invoice invoice, DocumentTexts texts) {
        canvas.need(3 * BODY * LEADING + 20);
        canvas.moveTo(canvas.block(canvas.bold(), BODY, LEFT, RIGHT - LEFT, canvas.y(),
                List.of(texts.text("vat.title"))) - 2);
        List<String> header = List.of(texts.text("vat.rate"), "", texts.text("vat.taxable"), texts.text("vat.tax"));
        row(canvas, VAT_COLUMNS, header, canvas.bold(), SMALL, true, null);
        for (InvoiceVat vat : invoice.vatBreakdown()) {
            row(canvas, VAT_COLUMNS, List.of(texts.percent(vat.rate()), texts.text("vat.category." + vat.category().code()),
                    texts.money(vat.taxableAmount(), invoice.currency()), texts.money(vat.taxAmount(), invoice.currency())),
                    canvas.regular(), BODY, false, header);
        }
        canvas.down(14);
    }

    private static void totals(PdfCanvas canvas, Invoice invoice, DocumentTexts texts) {
        String currency = invoice.currency();
        canvas.need(7 * BODY * LEADING + 10);
        total(canvas, texts.text("totals.excludingVat"), texts.money(invoice.totalExcludingVat(), currency), false);
        if (invoice.discountTotal().signum() > 0) {
            total(canvas, texts.text("totals.discount"), texts.money(invoice.discountTotal(), currency), false);
        }
        total(canvas, texts.text("totals.vat"), texts.money(invoice.totalVat(), currency), false);
        total(canvas, texts.text("totals.includingVat"), texts.money(invoice.totalIncludingVat(), currency), true);
        if (invoice.isCreditNote()) {
            total(canvas, texts.text("totals.refund"), texts.money(invoice.amountDue(), currency), true);
        } else {
            if (invoice.prepaidAmount().signum() > 0) {
                total(canvas, texts.text("totals.paid"), texts.money(invoice.prepaidAmount(), currency), false);
            }
            total(canvas, texts.text("totals.due"), texts.money(invoice.amountDue(), currency), true);
        }
        canvas.down(14);
    }

    private static void payment(PdfCanvas canvas, Invoice invoice, DocumentTexts texts) {
        PaymentMeans means = invoice.paymentMeans();
        List<String> lines = new ArrayList<>();
        if (means != null && !invoice.isCreditNote()) {
            lines.add(texts.labelled("payment.means", texts.text("means." + means.name())));
        }
        if (invoice.paymentTerms() != null) {
            lines.add(invoice.paymentTerms());
        }
        if (means != null && means.byTransfer() && !invoice.isCreditNote() && invoice.amountDue().signum() > 0) {
            Seller seller = invoice.seller();
            lines.add(texts.labelled("payment.holder", seller.name()));
            lines.add(texts.labelled("payment.iban", seller.ibanGrouped()));
            lines.add(texts.labelled("payment.bic", seller.bic()));
        }
        if (lines.isEmpty()) {
            return;
        }
        canvas.need((lines.size() + 2) * BODY * LEADING);
        canvas.moveTo(canvas.block(canvas.bold(), BODY, LEFT, RIGHT - LEFT, canvas.y(),
                List.of(texts.text("payment.title"))));
        paragraphs(canvas, BODY, lines);
        canvas.down(12);
    }

    private static void legal(PdfCanvas canvas, Invoice invoice, DocumentTexts texts) {
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
        paragraphs(canvas, SMALL, mentions);
    }

    /** Every page: who issued the document, and its page number. */
    private static void footers(PdfCanvas canvas, Invoice invoice, DocumentTexts texts) {
        Seller seller = invoice.seller();
        StringBuilder who = new StringBuilder(seller.name());
        if (seller.legalInfo() != null) {
            who.append(" - ").append(seller.legalInfo());
        }
        who.append(" - ").append(texts.labelled("seller.siret", seller.siret()))
                .append(" - ").append(texts.labelled("seller.vat", seller.vatNumber()));
        String identification = who.toString();
        int pages = canvas.pages();
        canvas.overEveryPage(page -> {
            canvas.textGrey(DARK_GREY);
            float y = 40;
            for (String line : PdfCanvas.wrap(canvas.regular(), SMALL, identification, RIGHT - LEFT)) {
                float width = PdfCanvas.width(canvas.regular(), SMALL, line);
                canvas.text(canvas.regular(), SMALL, (A4.getWidth() - width) / 2, y, line);
                y -= SMALL * LEADING;
            }
            String number = invoice.number() + " - " + texts.text("header.page", page + 1, pages);
            canvas.text(canvas.regular(), SMALL, RIGHT - PdfCanvas.width(canvas.regular(), SMALL, number), 22, number);
        });
    }

    private static void describe(PdfCanvas canvas, Invoice invoice, DocumentTexts texts) {
        PDDocumentInformation info = canvas.information();
        info.setTitle(texts.text("kind." + invoice.kind().name()) + " " + invoice.number());
        info.setAuthor(invoice.seller().name());
        info.setCreator("TrustDesk");
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        issued.setTimeInMillis(invoice.issuedAt().toEpochMilli());
        info.setCreationDate(issued);
        canvas.document().getDocumentCatalog().setLanguage(invoice.language().code());
    }

    /** Full-width paragraphs at the current position, continued on a new page when needed. */
    private static void paragraphs(PdfCanvas canvas, float size, List<String> texts) {
        for (String text : texts) {
            canvas.wrapped(canvas.regular(), size, LEFT, RIGHT - LEFT, text);
            canvas.down(size * 0.4f);
        }
    }

    /** One table row, its cells wrapped in their columns; on a new page, {@code header} is repeated first. */
    private static void row(PdfCanvas canvas, Column[] columns, List<String> cells, PDFont font, float size,
            boolean shaded, List<String> header) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < columns.length; i++) {
            List<String> cell = PdfCanvas.wrap(font, size, cells.get(i), columns[i].width());
            wrapped.add(cell);
            height = Math.max(height, cell.size());
        }
        float rowHeight = height * size * LEADING + 4;
        if (canvas.y() - rowHeight < BOTTOM) {
            canvas.newPage();
            if (header != null) {
                row(canvas, columns, header, canvas.bold(), SMALL, true, null);
            }
        }
        float y = canvas.y();
        if (shaded) {
            canvas.shade(LEFT - 2, y - rowHeight, RIGHT - LEFT + 4, rowHeight, GREY);
        } else {
            canvas.rule(LEFT - 2, RIGHT + 2, y - rowHeight, GREY);
        }
        for (int i = 0; i < columns.length; i++) {
            float baseline = y - 2 - size;
            for (String line : wrapped.get(i)) {
                canvas.cell(columns[i], font, size, baseline, line);
                baseline -= size * LEADING;
            }
        }
        canvas.down(rowHeight);
    }

    /** One line of the totals: label on the left, amount aligned right. */
    private static void total(PdfCanvas canvas, String label, String amount, boolean strong) {
        PDFont font = strong ? canvas.bold() : canvas.regular();
        canvas.cell(TOTAL_LABEL, font, BODY, canvas.y() - BODY, label);
        canvas.cell(TOTAL_AMOUNT, font, BODY, canvas.y() - BODY, amount);
        canvas.down(BODY * LEADING + 2);
    }

    private static void addIfPresent(List<String> lines, DocumentTexts texts, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(texts.labelled(key, value));
        }
    }

    private static String countryName(Country country) {
        return country == Country.FR ? "FRANCE" : "ITALIA";
    }
}
