package eu.trustdesk.platform.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Set;

/**
 * Response headers every page gets: no framing (click-jacking), no MIME sniffing (an uploaded
 * document is never run as a script), no full URLs leaking to other sites; HSTS when the
 * browser came over HTTPS (directly, or through a trusted proxy's {@code X-Forwarded-Proto});
 * and {@code Cache-Control: no-store} on every private response (see
 * {@link HttpHardening#privateResponse}), which nothing later in the chain can weaken. The
 * {@code Server} and {@code X-Powered-By} headers are Payara's: they are switched off in the
 * domain's configuration (docs/OPERATIONS.md).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CACHE_CONTROL = "Cache-Control";

    /** TRUSTDESK_TRUSTED_PROXIES: addresses whose X-Forwarded-Proto is believed. */
    private transient Set<String> trustedProxies = Set.of();

    @Override
    public void init() {
        trustedProxies = ClientAddress.trustedProxies();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        if (HttpHardening.overHttps(request.isSecure(), request.getRemoteAddr(),
                request.getHeader("X-Forwarded-Proto"), trustedProxies)) {
            response.setHeader("Strict-Transport-Security", HttpHardening.HSTS);
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!HttpHardening.privateResponse(path, request.getUserPrincipal() != null)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CACHE_CONTROL, "no-store");
        response.setHeader("Pragma", "no-cache");
        // an Expires the container's security may have set already is replaced by "already expired"
        response.setHeader("Expires", "0");
        chain.doFilter(request, new NoStoreResponse(response));
    }

    /**
     * Keeps {@code no-store}: a download servlet or a library setting its own caching headers
     * (e.g. "must-revalidate", or an {@code Expires} in the future) must not make a private
     * document cacheable again.
     */
    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        private static boolean caching(String name) {
            return CACHE_CONTROL.equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name)
                    || "Expires".equalsIgnoreCase(name) || "ETag".equalsIgnoreCase(name)
                    || "Last-Modified".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
