package eu.trustdesk.platform.view;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An error page shown for a refused form post is a new page, not the post's page coming back.
 *
 * <p>The container forwards a refused POST (a 403 for a forged request, say) to the error page
 * with the post's parameters. JSF then takes the error page for a postback of the posted view,
 * and PrimeFaces' CSP mode, which recognises forwards but not error dispatches, looks for the
 * posted nonce, finds none or another page's, and fails: the 403 became a 500. Hiding the view
 * state from the error page makes it a fresh rendering with a nonce of its own.
 */
@WebFilter(filterName = "ErrorDispatchFilter", urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** What makes a request a JSF postback, and the PrimeFaces nonce that comes with it. */
    private static final Set<String> POSTBACK_PARAMETERS = Set.of("jakarta.faces.ViewState",
            "primefaces.nonce");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return POSTBACK_PARAMETERS.contains(name) ? null : super.getParameter(name);
            }

            @Override
            public String[] getParameterValues(String name) {
                return POSTBACK_PARAMETERS.contains(name) ? null : super.getParameterValues(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return super.getParameterMap().entrySet().stream()
                        .filter(e -> !POSTBACK_PARAMETERS.contains(e.getKey()))
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(getParameterMap().keySet());
            }
        }, response);
    }
}
