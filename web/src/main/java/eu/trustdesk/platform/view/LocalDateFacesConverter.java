package eu.trustdesk.platform.view;

import eu.trustdesk.shared.Formats;
import eu.trustdesk.shared.Language;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads and writes every {@link LocalDate} of a page the way people of the page's language type
 * it: {@code 12/03/1980}, day first in French, Italian and English (see {@link Formats}). The
 * {@code p:datePicker}s use the same pattern ({@code #{fmt.datePattern}}), so a picked day and a
 * typed one are read alike.
 *
 * <p>A text that is no date is refused with a message saying so and showing the expected form;
 * whether a real date is acceptable (old enough, not in the past…) is the boundary's business,
 * with its own message, so the two refusals are never confused.
 */
@FacesConverter(forClass = LocalDate.class)
public class LocalDateFacesConverter implements Converter<LocalDate> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : Formats.of(locale(context)).shortDate(value);
    }

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Locale locale = locale(context);
        try {
            return Formats.of(locale).parseDate(value);
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(locale, value), null), e);
        }
    }

    /** Why a typed date was refused, with the expected form. */
    static String refusal(Locale locale, String value) {
        return Messages.text(locale, "error.date.format", value.strip(),
                Formats.of(Language.of(locale)).shortDate(LocalDate.of(1980, 3, 12)));
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() == null ? Language.DEFAULT.locale() : context.getViewRoot().getLocale();
    }
}
