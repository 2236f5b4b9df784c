package eu.trustdesk.ordering.view;

import eu.trustdesk.invoicing.boundary.ExportSyntax;
import eu.trustdesk.invoicing.boundary.InvoiceRegister;
import eu.trustdesk.invoicing.boundary.MyInvoices;
import eu.trustdesk.ordering.boundary.AcceptedTerms;
import eu.trustdesk.ordering.boundary.Checkout;
import eu.trustdesk.ordering.boundary.MyOrders;
import eu.trustdesk.ordering.boundary.OrderDesk;
import eu.trustdesk.platform.view.Download;
import eu.trustdesk.platform.view.DownloadPath;
import eu.trustdesk.platform.view.DownloadServlet;
import eu.trustdesk.platform.view.LanguageBacking;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Locale;

/**
 * The shop's documents: the terms of sale (public), a customer's purchase orders, the terms of
 * sale each order's buyer accepted ({@code .../terms/N}) and invoices as PDFs, and the same
 * documents for the back office, where accountants also get the EN 16931 XML of each invoice
 * ({@code /console/documents/invoice-cii/N}, {@code .../invoice-ubl/N}). Whose document it is and
 * who may read invoices, the boundaries decide ({@code InvoiceRegister} is for accountants only).
 */
@WebServlet(urlPatterns = {"/terms-of-sale.pdf", "/customer/documents/*", "/console/documents/*"})
public class DocumentServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;
    private static final String INVOICE_CII = "invoice-cii";
    private static final String INVOICE_UBL = "invoice-ubl";
    /** The documents say their encoding (UTF-8) in their XML declaration. */
    private static final String XML = "application/xml";

    @EJB
    private Checkout checkout;

    @EJB
    private MyOrders myOrders;

    @EJB
    private MyInvoices myInvoices;

    @EJB
    private OrderDesk orderDesk;

    @EJB
    private InvoiceRegister invoiceRegister;

    @Inject
    private LanguageBacking language;

    @Override
    protected Download download(DownloadPath path) {
        if ("/terms-of-sale.pdf".equals(path.servletPath())) {
            return Download.pdf("terms-of-sale-" + checkout.termsVersion() + ".pdf",
                    checkout.termsPdf(language.getLanguage()));
        }
        long id = path.expect(2).id(1);
        boolean console = path.console();
        return switch (path.segment(0)) {
            case "purchase-order" -> Download.pdf("purchase-order-" + id + ".pdf",
                    console ? orderDesk.purchaseOrderPdf(id) : myOrders.purchaseOrderPdf(id));
            // the terms of sale exactly as the order's buyer accepted them, kept since
            case "terms" -> {
                AcceptedTerms terms = console ? orderDesk.acceptedTerms(id) : myOrders.acceptedTerms(id);
                yield terms == null ? null : Download.pdf(terms.fileName(), terms.pdf());
            }
            case "invoice" -> Download.pdf("invoice-" + id + ".pdf",
                    console ? invoiceRegister.pdf(id) : myInvoices.pdf(id));
            // the EN 16931 XML, as the Chorus Pro export writes it: in the console only
            case INVOICE_CII, INVOICE_UBL -> {
                if (!console) {
                    yield null;
                }
                ExportSyntax syntax = INVOICE_CII.equals(path.segment(0)) ? ExportSyntax.CII : ExportSyntax.UBL;
                yield Download.of("invoice-" + id + "-" + syntax.name().toLowerCase(Locale.ROOT) + ".xml", XML,
                        invoiceRegister.xml(id, syntax));
            }
            default -> null;
        };
    }
}
