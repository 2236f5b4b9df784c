package eu.trustdesk.voucher.view;

import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.boundary.OrderSummary;
import eu.trustdesk.voucher.boundary.PartnerVouchers;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The partner's downloads: {@code /partner/vouchers/download/csv/N} (every code of order N, streamed
 * as it is read) and {@code /partner/vouchers/download/pdf/N[?code=...]} (the printable vouchers of
 * the order, or of one code). Another partner's order: 404, as an unknown one.
 */
@WebServlet("/partner/vouchers/download/*")
public class VoucherDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerVouchers vouchers;

    @Inject
    private LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[2].matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(parts[2]);
        OrderSummary order;
        try {
            order = vouchers.order(id);
        } catch (BusinessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            switch (parts[1]) {
                case "csv" -> {
                    response.setContentType("text/csv;charset=UTF-8");
                    response.setHeader("Content-Disposition", "attachment; filename=\"vouchers-" + order.number() + ".csv\"");
                    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
                    vouchers.writeCsv(id, out);
                    out.flush();
                }
                case "pdf" -> {
                    String code = request.getParameter("code");
                    byte[] pdf = vouchers.pdf(id, code, language.getLanguage());
                    response.setContentType("application/pdf");
                    response.setHeader("Content-Disposition", "attachment; filename=\"vouchers-" + order.number()
                            + (code == null ? "" : "-" + code.replaceAll("[^A-Za-z0-9-]", "")) + ".pdf\"");
                    response.setContentLength(pdf.length);
                    response.getOutputStream().write(pdf);
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (BusinessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
