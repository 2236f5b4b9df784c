package eu.trustdesk.platform.view;

import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one way files leave the web application: a servlet says which {@link Download} a path names,
 * this class answers. Who may read a file, the boundary decides; here its refusal becomes 403, and
 * a path that names nothing, a malformed id, or a document the boundary does not find (someone
 * else's included) becomes 404, never a 500 and never a page of ours.
 */
public abstract class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The file {@code path} names; {@code null} or a download without content when there is none. */
    protected abstract Download download(DownloadPath path) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Download download = download(DownloadPath.of(request));
            if (download == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                download.sendTo(response);
            }
        } catch (DownloadPath.NotFound | BusinessException | IllegalArgumentException e) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static void refuse(HttpServletResponse response, int status) throws IOException {
        // a streamed file that fails half-way cannot take its headers back
        if (!response.isCommitted()) {
            response.sendError(status);
        }
    }
}
