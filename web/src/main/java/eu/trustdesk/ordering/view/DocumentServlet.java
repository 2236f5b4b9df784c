package eu.trustdesk.ordering.view;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.invoicing.boundary.InvoiceRegister;
import eu.trustdesk.invoicing.boundary.MyInvoices;
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

/**
 * The shop's PDFs: the terms of sale (public), a customer's purchase orders and invoices, and the
 * same documents for the back office. Always as downloads, never shown inline; whose document it
 * is, the boundaries decide.
 */
@WebServlet(urlPatterns = {"/terms-of-sale.pdf", "/customer/documents/*", "/console/documents/*"})
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

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
                case "invoice" -> {
                    if (console && !request.isUserInRole(Role.Names.ACCOUNTANT) && !request.isUserInRole(Role.Names.ADMIN)) {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                        return;
                    }
                    send(response, "invoice-" + id + ".pdf", console ? invoiceRegister.pdf(id) : myInvoices.pdf(id));
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, String name, byte[] pdf) throws IOException {
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
