package eu.trustdesk.platform.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads every request body as UTF-8 unless the browser named another charset.
 *
 * <p>Why: a browser posting a full-page form sends {@code application/x-www-form-urlencoded}
 * without a charset, and the servlet default is ISO-8859-1: "Hélène" typed in a form was stored
 * as "HÃ©lÃ¨ne" (Ajax posts name their charset, which is why only full-page forms broke). Declared
 * first in web.xml, so that it runs before any filter or page asks for a parameter. It touches
 * only the request: a default response encoding would add "charset=UTF-8" to PDFs and zips.
 */
public class RequestEncodingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        chain.doFilter(request, response);
    }
}
