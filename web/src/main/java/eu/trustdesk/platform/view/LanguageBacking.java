package eu.trustdesk.platform.view;

import eu.trustdesk.shared.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The language of the current visitor, for {@code <f:view locale>}, every bundle lookup and the
 * formatting of numbers and dates. Chosen in the header's language switch (see
 * {@link LanguageFilter}); until then it comes from the {@value #COOKIE} cookie, then from the
 * browser's preferences, then French.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Remembers an anonymous visitor's choice for a year; signed-in users also have it in their account. */
    public static final String COOKIE = "trustdesk-lang";
    public static final String PARAMETER = "lang";

    private Language language;

    public Language getLanguage() {
        return language == null ? Language.DEFAULT : language;
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

    boolean isResolved() {
        return language != null;
    }

    void use(Language chosen) {
        this.language = chosen;
    }
}
