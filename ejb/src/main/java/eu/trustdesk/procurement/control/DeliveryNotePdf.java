package eu.trustdesk.procurement.control;

import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.platform.document.PdfDocument;
import eu.trustdesk.procurement.entity.DeliveryNote;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.procurement.entity.QuoteLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery note that travels with the parcel: its number, the quote, order and purchase-order
 * references, carrier and tracking number, where it goes, and the goods with their quantities (no
 * prices: the invoice carries them). Read back by the tests.
 */
public final class DeliveryNotePdf {

    private static final float[] COLUMNS = {0.2f, 0.65f, 0.15f};

    public byte[] render(DeliveryNote note, Seller seller) {
        Quote quote = note.quote();
        DocumentTexts t = DocumentTexts.of(DocumentBundle.PROCUREMENT, quote.language());
        DocumentTexts shop = DocumentTexts.of(DocumentBundle.SHOP, quote.language());
        PdfDocument pdf = new PdfDocument(t.text("note.title", note.number()))
                .heading(t.text("note.title", note.number()))
                .keyValue(t.text("note.date"), shop.date(note.shippedAt()))
                .keyValue(t.text("note.quote"), quote.number())
                .keyValue(t.text("note.order"), quote.orderNumber())
                .keyValue(t.text("note.purchaseOrder"), quote.purchaseOrder().number() + " ("
                        + QuotePdf.date(quote, quote.purchaseOrder().date()) + ")")
                .keyValue(t.text("note.carrier"), note.carrier())
                .keyValue(t.text("note.tracking"), note.trackingNumber());
        pdf.subheading(shop.text("po.seller"))
                .paragraph(QuotePdf.join(seller.name(), seller.addressLine1(), seller.postalCode() + " " + seller.city()));
        pdf.subheading(t.text("note.deliverTo"))
                .paragraph(QuotePdf.join(quote.organisationName(), quote.deliveryRecipient(),
                        quote.deliveryAddress().formatted(), quote.deliveryPhone(),
                        quote.contact() == null ? null : QuotePdf.contact(quote.contact())));
        pdf.subheading(t.text("note.lines"));
        List<List<String>> rows = new ArrayList<>();
        for (QuoteLine line : quote.shippedLines()) {
            rows.add(List.of(line.sku(), line.description(), String.valueOf(line.quantity())));
        }
        pdf.table(List.of(t.text("note.col.sku"), shop.text("po.col.description"), ">" + shop.text("po.col.quantity")),
                COLUMNS, rows);
        return pdf.toBytes();
    }
}
