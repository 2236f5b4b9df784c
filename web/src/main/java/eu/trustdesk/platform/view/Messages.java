package eu.trustdesk.platform.view;

import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Formats;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Puts texts from the {@code messages} bundles on the page, in the language of the current view. */
public final class Messages {

    public static final String BUNDLE = "eu.trustdesk.web.i18n.messages";

    private Messages() {
    }

    /** The text of a key in a locale, with {@link MessageFormat} arguments. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing key is a bug (the bundle test catches it), but the user still gets a message
            pattern = bundle.getString("error.unexpected");
        }
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, locale).format(Formats.of(locale).arguments(arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    public static void error(BusinessException e) {
        error(e.messageKey(), e.arguments());
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        // messages survive the redirect that follows most actions (post-redirect-get)
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
