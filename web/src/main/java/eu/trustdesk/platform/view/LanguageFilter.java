package eu.trustdesk.platform.view;

import eu.trustdesk.shared.Language;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header's language switch. (The language of a request is settled once, at its first use,
 * by {@link LanguageBacking}, so that a whole page is always in one language.)
 *
 * <p>A GET with {@code ?lang=it} (the header's switch) records the choice through
 * {@link LanguageSwitch}, then redirects to the same address
 * without the parameter, so that a reload or a shared link does not switch again.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private LanguageSwitch languageSwitch;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only a GET's query is read here: asking a POST for a parameter would parse its form body
        // before the page does, with whatever encoding is in force at that moment.
        String requested = "GET".equals(request.getMethod()) ? request.getParameter(LanguageBacking.PARAMETER) : null;
        if (requested != null) {
            Optional<Language> chosen = Language.fromCode(requested);
            if (chosen.isPresent()) {
                languageSwitch.choose(chosen.get(), response);
            }
            // not encodeRedirectURL: a session id never goes into a URL (web.xml tracks by cookie only)
            response.sendRedirect(withoutLanguageParameter(request));
            return;
        }
        chain.doFilter(request, response);
    }

    static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> LanguageBacking.COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> Language.fromCode(c.getValue()));
    }

    static Language fromBrowser(HttpServletRequest request) {
        return Collections.list(request.getLocales()).stream()
                .map(locale -> Language.fromCode(locale.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Language.DEFAULT);
    }

    /** The address just asked for, with every parameter but {@code lang}. */
    static String withoutLanguageParameter(HttpServletRequest request) {
        String kept = queryWithoutLanguage(request.getQueryString());
        return request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept);
    }

    /** A query string less its {@code lang} parameter; empty when nothing else is left. */
    static String queryWithoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty())
                .filter(pair -> !pair.equals(LanguageBacking.PARAMETER) && !pair.startsWith(LanguageBacking.PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
