package eu.trustdesk.procurement.view;

import eu.trustdesk.procurement.boundary.QuoteDesk;
import eu.trustdesk.procurement.boundary.Quotes;
import eu.trustdesk.procurement.entity.PurchaseOrderReceipt;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The procurement documents, always as downloads: a customer's quotes and delivery notes
 * ({@code /customer/procurement/quote/N}, {@code .../delivery-note/N}, N the quote's id), and for
 * the back office the same plus the scan of the original purchase order
 * ({@code /console/procurement/purchase-order/N}). Whose document it is, the boundaries decide.
 */
@WebServlet(urlPatterns = {"/customer/procurement/*", "/console/procurement/*"})
public class ProcurementDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PDF = "application/pdf";

    @EJB
    private Quotes quotes;

    @EJB
    private QuoteDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[2].matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(parts[2]);
        boolean console = request.getServletPath().startsWith("/console");
        try {
            switch (parts[1]) {
                case "quote" -> send(response, "quote-" + id + ".pdf", PDF, console ? desk.pdf(id) : quotes.pdf(id));
                case "delivery-note" -> send(response, "delivery-note-" + id + ".pdf", PDF,
                        console ? desk.deliveryNotePdf(id) : quotes.deliveryNotePdf(id));
                case "purchase-order" -> {
                    PurchaseOrderReceipt receipt = console ? desk.purchaseOrder(id).orElse(null) : null;
                    if (receipt == null) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    send(response, receipt.scanName(), receipt.scanType(), receipt.scan());
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static void send(HttpServletResponse response, String fileName, String type, byte[] content)
            throws IOException {
        if (content == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^\\w.-]", "_") + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
