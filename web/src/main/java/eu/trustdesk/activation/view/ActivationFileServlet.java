package eu.trustdesk.activation.view;

import eu.trustdesk.activation.boundary.ActivationFile;
import eu.trustdesk.activation.boundary.DocumentContent;
import eu.trustdesk.activation.boundary.ValidationDesk;
import eu.trustdesk.activation.entity.ContractKind;
import eu.trustdesk.platform.view.Download;
import eu.trustdesk.platform.view.DownloadPath;
import eu.trustdesk.platform.view.DownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import java.util.Locale;

/**
 * The files of activation requests: {@code .../document/R/D} (identity document D of request R),
 * {@code .../preview/R/D} (console: the document as an image, a PDF's first page rendered) and
 * {@code .../contract/R/KIND} (the contract PDF as shown to the applicant). Who may read a file the
 * boundaries decide: the applicant in the customer area, validators in the console; anybody
 * else's file is not found.
 */
@WebServlet(urlPatterns = {"/customer/activation-files/*", "/console/activation-files/*"})
public class ActivationFileServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActivationFile file;

    @EJB
    private ValidationDesk desk;

    @Override
    protected Download download(DownloadPath path) {
        long requestId = path.expect(3).id(1);
        boolean console = path.console();
        return switch (path.segment(0)) {
            case "document" -> {
                long documentId = path.id(2);
                DocumentContent content = console ? desk.document(requestId, documentId)
                        : file.document(requestId, documentId);
                yield Download.of("identity-document-" + requestId + extension(content.contentType()),
                        content.contentType(), content.bytes());
            }
            case "preview" -> {
                if (!console) {
                    yield null;
                }
                DocumentContent content = desk.preview(requestId, path.id(2));
                yield Download.of("preview-" + requestId + extension(content.contentType()), content.contentType(),
                        content.bytes());
            }
            case "contract" -> {
                ContractKind kind = ContractKind.valueOf(path.segment(2));
                yield Download.pdf(kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + requestId + ".pdf",
                        console ? desk.contractPdf(requestId, kind) : file.contractPdf(requestId, kind));
            }
            default -> null;
        };
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".pdf";
        };
    }
}
