package eu.trustdesk.platform.view;

import eu.trustdesk.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The language of the current visitor, for {@code <f:view locale>}, every bundle lookup and the
 * formatting of numbers and dates. Chosen in the header's language switch (see
 * {@link LanguageFilter}); until then it comes from the {@value #COOKIE} cookie, then from the
 * browser's preferences, then French.
 *
 * <p>Request-scoped on purpose: a visitor who only looks at the catalogue gets no HTTP session
 * (a crawler would otherwise fill the heap with them). A session that exists anyway (signed in,
 * or a cart) remembers the choice too, so that it outlives a refused cookie.
 */
@Named
@RequestScoped
public class LanguageBacking {

    /** The session attribute holding the language of a visit that has a session. */
    static final String SESSION_ATTRIBUTE = "trustdesk.language";

    /** Remembers an anonymous visitor's choice for a year; signed-in users also have it in their account. */
    public static final String COOKIE = "trustdesk-lang";
    public static final String PARAMETER = "lang";

    @Inject
    private HttpServletRequest request;

    private Language language;

    public Language getLanguage() {
        if (language == null) {
            language = resolve();
        }
        return language;
    }

    private Language resolve() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Language remembered) {
            return remembered;
        }
        return LanguageFilter.fromCookie(request).orElseGet(() -> LanguageFilter.fromBrowser(request));
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    /** The languages offered in the switch, in the order shown. */
    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    /**
     * The link of the language switch: the current address with {@code lang=<code>}, keeping the
     * other query parameters (a product page stays on its product).
     */
    public String switchHref(Language target) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        String kept = LanguageFilter.queryWithoutLanguage(request.getQueryString());
        return "?" + (kept.isEmpty() ? "" : kept + "&") + PARAMETER + "=" + target.code();
    }

    void use(Language chosen) {
        this.language = chosen;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, chosen);
        }
    }
}
