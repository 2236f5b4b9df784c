package eu.trustdesk.platform.view;

import eu.trustdesk.account.boundary.MyAccount;
import eu.trustdesk.shared.Language;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Changes the visitor's language and remembers it: in the session (this visit), in a cookie
 * (the next visit of an anonymous visitor) and in the account of a signed-in user (every device,
 * and the language of the e-mails they receive).
 */
@RequestScoped
public class LanguageSwitch {

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @Inject
    private LanguageBacking languageBacking;

    @Inject
    private HttpServletRequest request;

    @EJB
    private MyAccount myAccount;

    /** The user picked a language in the header. */
    public void choose(Language language, HttpServletResponse response) {
        adopt(language, response);
        if (request.getUserPrincipal() != null) {
            myAccount.changeLanguage(language);
        }
    }

    /** The user signed in: their account's language becomes the page language. */
    public void adopt(Language language, HttpServletResponse response) {
        languageBacking.use(language);
        Cookie cookie = new Cookie(LanguageBacking.COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
