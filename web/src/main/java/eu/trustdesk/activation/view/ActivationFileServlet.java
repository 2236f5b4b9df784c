package eu.trustdesk.activation.view;

import eu.trustdesk.activation.boundary.ActivationFile;
import eu.trustdesk.activation.boundary.DocumentContent;
import eu.trustdesk.activation.boundary.ValidationDesk;
import eu.trustdesk.activation.entity.ContractKind;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The files of activation requests: {@code .../document/R/D} (identity document D of request R),
 * {@code .../preview/R/D} (console: the document as an image, a PDF's first page rendered) and
 * {@code .../contract/R/KIND} (the contract PDF as shown to the applicant). Always downloads
 * ({@code Content-Disposition: attachment}, no type sniffing), never a page of ours; who may read
 * a file the boundaries decide: the applicant in the customer area, validators in the console;
 * anybody else's file is not found.
 */
@WebServlet(urlPatterns = {"/customer/activation-files/*", "/console/activation-files/*"})
public class ActivationFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActivationFile file;

    @EJB
    private ValidationDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 4 || !parts[2].matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long requestId = Long.parseLong(parts[2]);
        boolean console = request.getServletPath().startsWith("/console");
        try {
            switch (parts[1]) {
                case "document" -> {
                    long documentId = number(parts[3]);
                    DocumentContent content = console ? desk.document(requestId, documentId)
                            : file.document(requestId, documentId);
                    send(response, "identity-document-" + requestId + extension(content.contentType()),
                            content.contentType(), content.bytes());
                }
                case "preview" -> {
                    if (!console) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    DocumentContent content = desk.preview(requestId, number(parts[3]));
                    send(response, "preview-" + requestId + extension(content.contentType()), content.contentType(),
                            content.bytes());
                }
                case "contract" -> {
                    ContractKind kind = ContractKind.valueOf(parts[3]);
                    byte[] pdf = console ? desk.contractPdf(requestId, kind) : file.contractPdf(requestId, kind);
                    send(response, kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + requestId
                            + ".pdf", "application/pdf", pdf);
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (BusinessException | IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static long number(String part) {
        if (!part.matches("\\d{1,18}")) {
            throw new IllegalArgumentException(part);
        }
        return Long.parseLong(part);
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".pdf";
        };
    }

    private static void send(HttpServletResponse response, String name, String contentType, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
