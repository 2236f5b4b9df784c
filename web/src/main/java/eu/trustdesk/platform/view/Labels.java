package eu.trustdesk.platform.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Labels of values that are not all known in advance, such as a batch run's exit status: the
 * standard ones ({@code COMPLETED}, {@code FAILED}…) have a label, a job's own summary
 * ({@code EXPIRED 3}) is already meant to be read and is shown as it is.
 */
@Named("labels")
@ApplicationScoped
public class Labels {

    /** The label {@code prefix + value} in the page's language, or the value itself when there is none. */
    public String orValue(String prefix, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        return bundle.containsKey(prefix + value) ? bundle.getString(prefix + value) : value;
    }
}
