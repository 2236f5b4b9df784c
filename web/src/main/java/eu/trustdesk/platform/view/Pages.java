package eu.trustdesk.platform.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers for a page that cannot be shown. */
public final class Pages {

    private Pages() {
    }

    /**
     * Ends the request with the 404 page. Used for ids that do not exist and for ids of somebody
     * else's data alike, so that trying ids reveals nothing.
     */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Post-redirect-get to a page of the application, e.g. {@code /customer/organisation.xhtml?id=3}. */
    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
