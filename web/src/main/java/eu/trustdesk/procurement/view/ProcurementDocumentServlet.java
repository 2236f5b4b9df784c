package eu.trustdesk.procurement.view;

import eu.trustdesk.platform.view.Download;
import eu.trustdesk.platform.view.DownloadPath;
import eu.trustdesk.platform.view.DownloadServlet;
import eu.trustdesk.procurement.boundary.QuoteDesk;
import eu.trustdesk.procurement.boundary.Quotes;
import eu.trustdesk.procurement.entity.PurchaseOrderReceipt;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;

/**
 * The procurement documents, always as downloads: a customer's quotes and delivery notes
 * ({@code /customer/procurement/quote/N}, {@code .../delivery-note/N}, N the quote's id), and for
 * the back office the same plus the scan of the original purchase order
 * ({@code /console/procurement/purchase-order/N}), under the name it was uploaded with. Whose
 * document it is, the boundaries decide.
 */
@WebServlet(urlPatterns = {"/customer/procurement/*", "/console/procurement/*"})
public class ProcurementDocumentServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Quotes quotes;

    @EJB
    private QuoteDesk desk;

    @Override
    protected Download download(DownloadPath path) {
        long id = path.expect(2).id(1);
        boolean console = path.console();
        return switch (path.segment(0)) {
            case "quote" -> Download.pdf("quote-" + id + ".pdf", console ? desk.pdf(id) : quotes.pdf(id));
            case "delivery-note" -> Download.pdf("delivery-note-" + id + ".pdf",
                    console ? desk.deliveryNotePdf(id) : quotes.deliveryNotePdf(id));
            case "purchase-order" -> {
                PurchaseOrderReceipt receipt = console ? desk.purchaseOrder(id).orElse(null) : null;
                yield receipt == null ? null : Download.of(receipt.scanName(), receipt.scanType(), receipt.scan());
            }
            default -> null;
        };
    }
}
