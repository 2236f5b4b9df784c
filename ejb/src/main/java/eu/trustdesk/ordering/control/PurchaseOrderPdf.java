package eu.trustdesk.ordering.control;

import eu.trustdesk.platform.document.PdfDocument;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.ordering.entity.OrderLine;
import eu.trustdesk.ordering.entity.OrderVat;
import eu.trustdesk.ordering.entity.Payer;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The purchase order given to the buyer at submission: number, the three parties, lines, VAT,
 * totals, how to pay and the version of the terms accepted. Read back by the tests.
 */
public final class PurchaseOrderPdf {

    private static final float[] LINE_COLUMNS = {0.44f, 0.07f, 0.13f, 0.11f, 0.15f, 0.10f};
    private static final float[] VAT_COLUMNS = {0.2f, 0.3f, 0.3f};

    public byte[] render(CustomerOrder order, Language language, Seller seller, String paymentInstructions) {
        DocumentTexts t = DocumentTexts.of(DocumentBundle.SHOP, language);
        PdfDocument pdf = new PdfDocument(t.text("po.title", order.number()))
                .heading(t.text("po.title", order.number()))
                .keyValue(t.text("po.date"), t.dateTime(order.submittedAt()));

        pdf.subheading(t.text("po.seller"))
                .paragraph(join(seller.name(), seller.addressLine1(), seller.postalCode() + " " + seller.city(),
                        t.text("po.id.siret", seller.siret()), t.text("po.id.vat", seller.vatNumber())));
        pdf.subheading(t.text("po.buyer"))
                .paragraph(join(order.buyerOrganisation().name(), order.buyer().displayName() + " <" + order.buyer().email() + ">",
                        identifiers(t, order.buyerOrganisation().identity())));
        pdf.subheading(t.text("po.applicant"))
                .paragraph(join(order.applicant().fullName(), order.applicant().email(), order.applicant().phone(),
                        order.applicant().organisation()));
        Payer payer = order.payer();
        pdf.subheading(t.text("po.payer"))
                .paragraph(join(payer.name(), identifiers(t, payer.identity()),
                        payer.address() == null ? null : payer.address().formatted(),
                        payer.contact() == null ? null : join(payer.contact().name(), payer.contact().email(),
                                payer.contact().phone())));

        pdf.subheading(t.text("po.lines"));
        List<List<String>> rows = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            rows.add(List.of(line.description(), String.valueOf(line.quantity()), t.number(line.unitPrice()),
                    t.number(line.allowance()), t.number(line.netAmount()), t.percent(line.vatRate())));
        }
        pdf.table(List.of(t.text("po.col.description"), t.text("po.col.quantity"), t.text("po.col.unitPrice"),
                t.text("po.col.discount"), t.text("po.col.net"), t.text("po.col.vat")), LINE_COLUMNS, rows);

        pdf.subheading(t.text("po.vat.title"));
        List<List<String>> vat = new ArrayList<>();
        for (OrderVat rate : order.vatBreakdown()) {
            vat.add(List.of(t.percent(rate.rate()), t.number(rate.taxableAmount()), t.number(rate.taxAmount())));
        }
        pdf.table(List.of(t.text("po.col.rate"), t.text("po.col.taxable"), t.text("po.col.tax")), VAT_COLUMNS, vat);

        if (order.couponCode() != null) {
            pdf.keyValue(t.text("po.coupon"), order.couponCode() + " (-" + t.money(order.discountTotal(), order.currency()) + ")");
        }
        pdf.keyValue(t.text("po.total.net"), t.money(order.totalExcludingVat(), order.currency()))
                .keyValue(t.text("po.total.vat"), t.money(order.totalVat(), order.currency()))
                .keyValue(t.text("po.total.gross"), t.money(order.totalIncludingVat(), order.currency()));

        pdf.space(6).keyValue(t.text("po.payment"), t.text("payment.mode." + order.paymentMode().name()))
                .paragraph(paymentInstructions)
                .paragraph(t.text("po.terms", order.termsVersion(), t.dateTime(order.termsAcceptedAt())));
        return pdf.toBytes();
    }

    private static String identifiers(DocumentTexts t, LegalIdentity identity) {
        if (identity == null) {
            return null;
        }
        return join(labelled(t, "po.id.siret", identity.siret()), labelled(t, "po.id.vat", identity.vatNumber()),
                labelled(t, "po.id.taxCode", identity.taxCode()), labelled(t, "po.id.sdi", identity.sdiCode()),
                labelled(t, "po.id.pec", identity.pec()), labelled(t, "po.id.ipa", identity.ipaCode()));
    }

    private static String labelled(DocumentTexts t, String key, String value) {
        return value == null ? null : t.text(key, value);
    }

    private static String join(String... parts) {
        return String.join("\n", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
