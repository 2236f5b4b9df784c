package eu.trustdesk.platform.view;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.shared.Formats;
import eu.trustdesk.shared.Language;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows every {@link Instant} on a page (an {@code h:outputText} of an entity's date) as a date and
 * time in the language of the view, medium style. The clock on the wall is the one of Paris: the
 * back office works in France and Italy, which share it, and a customer's "when" is read against
 * the same office hours.
 */
@FacesConverter(forClass = Instant.class)
public class InstantFacesConverter implements Converter<Instant> {


    static DateTimeFormatter formatter(Locale locale) {
        // the locale with its country (Formats): English pages read day first and on a 24-hour clock
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Formats.locale(Language.of(locale))).withZone(BusinessCalendar.ZONE);
    }

    public static String format(Instant instant, Locale locale) {
        return instant == null ? "" : formatter(locale).format(instant);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return format(value, context.getViewRoot().getLocale());
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Locale locale = context.getViewRoot().getLocale();
        try {
            return Instant.from(formatter(locale).parse(value.strip()));
        } catch (DateTimeParseException e) {
            String text = Messages.text(locale, "error.dateTime", format(Instant.now(), locale));
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
        }
    }
}
