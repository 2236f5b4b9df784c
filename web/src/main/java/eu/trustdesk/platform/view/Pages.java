package eu.trustdesk.platform.view;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a page request with an HTTP error, shown by the error page web.xml maps to it. */
public final class Pages {

    private Pages() {
    }

    /**
     * The page's subject (the id in its URL) does not exist: 404 and the "page not found" page in
     * the user's language, rather than an empty page or a stack trace.
     */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
