package eu.trustdesk.platform.view;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.shared.Formats;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Amounts, rates and dates on the pages, written the way the page's language writes them: the
 * {@link Formats} that PDFs and mails use too, in EL. {@code #{fmt.money(order.totalIncludingVat())}},
 * {@code #{fmt.amount(line.unitPrice, 'EUR')}}, {@code #{fmt.percent(line.vatRate)}},
 * {@code #{fmt.date(quote.validUntil())}}, {@code #{fmt.dateTime(event.at())}}.
 *
 * <p>Pages use this rather than {@code f:convertNumber}: the JSF view locale has no country, and
 * a currency format built on it shows "¤" instead of "€".
 */
@Named("fmt")
@ApplicationScoped
public class Formatting {

    /** The language of the page being built; a test gives its own. */
    private Supplier<Locale> pageLocale;

    public Formatting() {
        this(Formatting::viewLocale);
    }

    Formatting(Supplier<Locale> pageLocale) {
        this.pageLocale = pageLocale;
    }

    /** {@code 1 234,56 €}; empty for no amount. */
    public String money(Money money) {
        return formats().money(money);
    }

    /** An amount in a currency given by its ISO code (euros when none). */
    public String amount(BigDecimal amount, String currency) {
        return formats().money(amount, currency);
    }

    /** A rate given in percent: {@code 20 %}, {@code 5,5 %}. */
    public String percent(BigDecimal rate) {
        return formats().percent(rate);
    }

    /** A plain number with two decimals (a unit price shown without currency). */
    public String number(BigDecimal value) {
        return formats().number(value, 2, 4);
    }

    /**
     * A day in words ({@code 7 janvier 2027}): a {@link LocalDate}, or the day in Paris of an
     * {@link Instant} or a date-time.
     */
    public String date(Object value) {
        Formats formats = formats();
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return formats.date(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return formats.date(dateTime.toLocalDate());
        }
        if (value instanceof OffsetDateTime dateTime) {
            return formats.date(dateTime.toInstant());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return formats.date(dateTime.toInstant());
        }
        if (value instanceof Instant instant) {
            return formats.date(instant);
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
    }

    /**
     * Whatever a page's "when" is: a {@link LocalDate} as a day in words, a moment (an
     * {@link Instant}, a date-time) as day and time in Paris.
     */
    public String when(Object value) {
        Formats formats = formats();
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return formats.date(date);
        }
        if (value instanceof Instant instant) {
            return formats.dateTime(instant);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return formats.dateTime(dateTime.toInstant());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return formats.dateTime(dateTime.toInstant());
        }
        if (value instanceof LocalDateTime dateTime) {
            return formats.dateTime(dateTime.atZone(BusinessCalendar.ZONE).toInstant());
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
    }

    /** A day in figures, day first: {@code 07/01/2027}. */
    public String shortDate(LocalDate date) {
        return formats().shortDate(date);
    }

    /** A moment on the clock of Paris: {@code 7 janv. 2027 14:05}. */
    public String dateTime(Instant instant) {
        return formats().dateTime(instant);
    }

    /** The pattern of {@code p:datePicker}: what the converter of {@link LocalDate} reads and writes. */
    public String getDatePattern() {
        return Formats.DATE_PATTERN;
    }

    /** What a date field shows before anything is typed: {@code jj/mm/aaaa}, {@code gg/mm/aaaa}, {@code dd/mm/yyyy}. */
    public String getDatePlaceholder() {
        return Messages.text(locale(), "date.placeholder");
    }

    private Formats formats() {
        return Formats.of(locale());
    }

    private Locale locale() {
        return pageLocale.get();
    }

    private static Locale viewLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Language.DEFAULT.locale() : faces.getViewRoot().getLocale();
    }
}
