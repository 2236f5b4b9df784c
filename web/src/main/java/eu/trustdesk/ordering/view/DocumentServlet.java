package eu.trustdesk.ordering.view;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.invoicing.boundary.InvoiceRegister;
import eu.trustdesk.invoicing.boundary.MyInvoices;
import eu.trustdesk.invoicing.control.ExportSyntax;
import eu.trustdesk.ordering.boundary.AcceptedTerms;
import eu.trustdesk.ordering.boundary.Checkout;
import eu.trustdesk.ordering.boundary.MyOrders;
import eu.trustdesk.ordering.boundary.OrderDesk;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The shop's documents: the terms of sale (public), a customer's purchase orders, the terms of
 * sale each order's buyer accepted ({@code .../terms/N}) and invoices as PDFs, and the same documents for the back office, where accountants also get the EN 16931 XML
 * of each invoice ({@code /console/documents/invoice-cii/N}, {@code .../invoice-ubl/N}). Always
 * as downloads, never shown inline; whose document it is, the boundaries decide.
 */
@WebServlet(urlPatterns = {"/terms-of-sale.pdf", "/customer/documents/*", "/console/documents/*"})
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String INVOICE_CII = "invoice-cii";
    private static final String INVOICE_UBL = "invoice-ubl";
    private static final String PDF = "application/pdf";
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
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/terms-of-sale.pdf".equals(request.getServletPath())) {
            send(response, "terms-of-sale-" + checkout.termsVersion() + ".pdf", checkout.termsPdf(language.getLanguage()));
            return;
        }
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[2].matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(parts[2]);
        boolean console = request.getServletPath().startsWith("/console");
        try {
            switch (parts[1]) {
                case "purchase-order" -> send(response, "purchase-order-" + id + ".pdf",
                        console ? orderDesk.purchaseOrderPdf(id) : myOrders.purchaseOrderPdf(id));
                // the terms of sale exactly as the order's buyer accepted them, kept since
                case "terms" -> {
                    AcceptedTerms terms = console ? orderDesk.acceptedTerms(id) : myOrders.acceptedTerms(id);
                    if (terms == null) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    send(response, terms.fileName(), terms.pdf());
                }
                case "invoice" -> {
                    if (console && !accountant(request)) {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                        return;
                    }
                    send(response, "invoice-" + id + ".pdf", console ? invoiceRegister.pdf(id) : myInvoices.pdf(id));
                }
                // the EN 16931 XML, as the Chorus Pro export writes it: for the accountants only
                case INVOICE_CII, INVOICE_UBL -> {
                    if (!console) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    if (!accountant(request)) {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                        return;
                    }
                    ExportSyntax syntax = INVOICE_CII.equals(parts[1]) ? ExportSyntax.CII : ExportSyntax.UBL;
                    send(response, "invoice-" + id + "-" + syntax.name().toLowerCase(Locale.ROOT) + ".xml", XML,
                            invoiceRegister.xml(id, syntax));
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static boolean accountant(HttpServletRequest request) {
        return request.isUserInRole(Role.Names.ACCOUNTANT) || request.isUserInRole(Role.Names.ADMIN);
    }

    private static void send(HttpServletResponse response, String name, byte[] pdf) throws IOException {
        send(response, name, PDF, pdf);
    }

    private static void send(HttpServletResponse response, String name, String contentType, byte[] document)
            throws IOException {
        if (document == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }
}
