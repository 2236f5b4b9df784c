package eu.trustdesk.procurement.control;

import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.platform.document.PdfDocument;
import eu.trustdesk.ordering.entity.Payer;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.procurement.entity.QuoteLine;
import eu.trustdesk.ordering.entity.OrderVat;
import eu.trustdesk.shared.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The quote a public body downloads or receives by e-mail: number, date, validity, seller with
 * bank details, the body's quote-header address, named contact and delivery address, the payer,
 * lines, VAT, totals, and what to do next (the ORIGINAL purchase order). Read back by the tests.
 */
public final class QuotePdf {

    private static final float[] LINE_COLUMNS = {0.44f, 0.07f, 0.13f, 0.11f, 0.15f, 0.10f};
    private static final float[] VAT_COLUMNS = {0.2f, 0.3f, 0.3f};

    public byte[] render(Quote quote, Seller seller) {
        DocumentTexts t = DocumentTexts.of(DocumentBundle.PROCUREMENT, quote.language());
        DocumentTexts shop = DocumentTexts.of(DocumentBundle.SHOP, quote.language());
        PdfDocument pdf = new PdfDocument(t.text("quote.title", quote.number()))
                .heading(t.text("quote.title", quote.number()))
                .keyValue(t.text("quote.date"), shop.date(quote.issuedAt()))
                .keyValue(t.text("quote.validUntil"), date(quote, quote.validUntil()));

        pdf.subheading(shop.text("po.seller"))
                .paragraph(join(seller.name(), seller.addressLine1(), seller.postalCode() + " " + seller.city(),
                        shop.text("po.id.siret", seller.siret()), shop.text("po.id.vat", seller.vatNumber()),
                        seller.email()));
        pdf.subheading(t.text("quote.customer"))
                .paragraph(join(quote.organisationName(), quote.headerAddress().formatted(),
                        identifiers(shop, quote.organisation().identity())));
        if (quote.contact() != null && !quote.contact().isEmpty()) {
            pdf.subheading(t.text("quote.contact")).paragraph(contact(quote.contact()));
        }
        pdf.subheading(t.text("quote.delivery"))
                .paragraph(join(quote.deliveryRecipient(), quote.deliveryAddress().formatted(), quote.deliveryPhone()));
        Payer payer = quote.payer();
        pdf.subheading(t.text("quote.payer"))
                .paragraph(join(payer.name(), identifiers(shop, payer.identity()),
                        payer.address() == null ? null : payer.address().formatted(),
                        payer.contact() == null ? null : contact(payer.contact())));

        pdf.subheading(shop.text("po.lines"));
        List<List<String>> rows = new ArrayList<>();
        for (QuoteLine line : quote.lines()) {
            rows.add(List.of(line.description(), String.valueOf(line.quantity()), shop.number(line.unitPrice()),
                    shop.number(line.allowance()), shop.number(line.netAmount()), shop.percent(line.vatRate())));
        }
        pdf.table(List.of(shop.text("po.col.description"), shop.text("po.col.quantity"), shop.text("po.col.unitPrice"),
                shop.text("po.col.discount"), shop.text("po.col.net"), shop.text("po.col.vat")), LINE_COLUMNS, rows);
        pdf.subheading(shop.text("po.vat.title"));
        List<List<String>> vat = new ArrayList<>();
        for (OrderVat rate : quote.vatBreakdown()) {
            vat.add(List.of(shop.percent(rate.rate()), shop.number(rate.taxableAmount()),
                    shop.number(rate.taxAmount())));
        }
        pdf.table(List.of(shop.text("po.col.rate"), shop.text("po.col.taxable"), shop.text("po.col.tax")), VAT_COLUMNS,
                vat);
        pdf.keyValue(shop.text("po.total.net"), shop.money(quote.totalExcludingVat(), quote.currency()))
                .keyValue(shop.text("po.total.vat"), shop.money(quote.totalVat(), quote.currency()))
                .keyValue(shop.text("po.total.gross"), shop.money(quote.totalIncludingVat(), quote.currency()));

        pdf.space(6).keyValue(t.text("quote.payment"), t.text("quote.paymentMode"));
        pdf.subheading(t.text("quote.bank"))
                .paragraph(t.text("quote.bankDetails", seller.name(), seller.ibanGrouped(), seller.bic()));
        pdf.subheading(t.text("quote.instructions.title"))
                .paragraph(t.text("quote.instructions"))
                .paragraph(t.text("quote.terms", quote.termsVersion()));
        return pdf.toBytes();
    }

    static String date(Quote quote, java.time.LocalDate date) {
        return Formats.of(quote.language()).date(date);
    }

    static String contact(Contact contact) {
        return join(contact.name(), contact.email(), contact.phone());
    }

    static String identifiers(DocumentTexts t, LegalIdentity identity) {
        if (identity == null) {
            return null;
        }
        return join(labelled(t, "po.id.siret", identity.siret()), labelled(t, "po.id.vat", identity.vatNumber()),
                labelled(t, "po.id.taxCode", identity.taxCode()), labelled(t, "po.id.ipa", identity.ipaCode()));
    }

    private static String labelled(DocumentTexts t, String key, String value) {
        return value == null ? null : t.text(key, value);
    }

    static String join(String... parts) {
        return String.join("\n", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
