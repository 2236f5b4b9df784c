package eu.trustdesk.voucher.view;

import eu.trustdesk.platform.view.Download;
import eu.trustdesk.platform.view.DownloadPath;
import eu.trustdesk.platform.view.DownloadServlet;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.voucher.boundary.OrderSummary;
import eu.trustdesk.voucher.boundary.PartnerVouchers;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The partner's downloads: {@code /partner/vouchers/download/csv/N} (every code of order N, streamed
 * as it is read) and {@code /partner/vouchers/download/pdf/N[?code=...]} (the printable vouchers of
 * the order, or of one code). Another partner's order: 404, as an unknown one.
 */
@WebServlet("/partner/vouchers/download/*")
public class VoucherDownloadServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerVouchers vouchers;

    @Inject
    private LanguageBacking language;

    @Override
    protected Download download(DownloadPath path) {
        long id = path.expect(2).id(1);
        OrderSummary order = vouchers.order(id);
        return switch (path.segment(0)) {
            case "csv" -> Download.streamed("vouchers-" + order.number() + ".csv", "text/csv;charset=UTF-8", out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                vouchers.writeCsv(id, writer);
                writer.flush();
            });
            case "pdf" -> {
                String code = path.parameter("code");
                yield Download.pdf("vouchers-" + order.number() + (code == null ? "" : "-" + code) + ".pdf",
                        vouchers.pdf(id, code, language.getLanguage()));
            }
            default -> null;
        };
    }
}
