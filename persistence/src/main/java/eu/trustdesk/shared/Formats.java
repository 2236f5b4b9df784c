package eu.trustdesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How amounts, percentages and dates are written for a person reading one of TrustDesk's
 * languages: the one place pages, PDFs, mails and CSV files take them from.
 *
 * <p>Formats need a locale <em>with a country</em>: a bare "fr" locale has no currency, and a
 * currency format built on it prints "¤" instead of "€". French is written the French way
 * ({@code 1 234,56 €}, with the JDK's narrow no-break space between thousands and a no-break space
 * before the sign), Italian the Italian way ({@code 1.234,56 €}). English follows the Irish
 * convention ({@code €1,234.56}, dates day first: {@code 07/01/2027}, {@code 7 January 2027}):
 * Ireland writes English in the euro area, and a day-first date reads the same way as on the
 * French and Italian pages, where a US month-first date would be misread.
 *
 * <p>Dates that a person types are read in the same numeric form ({@code 12/03/1980}, day first in
 * every language; one-digit days and months are accepted), and also in the ISO form
 * {@code 1980-03-12} that browsers' autofill sends. Instants are shown on the clock of Paris, the
 * office hours of the back office (Rome shares them).
 *
 * <p>Immutable and thread-safe; the JDK's {@link NumberFormat} is not, so one is built per call.
 */
public final class Formats {

    /** The numeric date pattern of every language, as typed and as shown by date pickers. */
    public static final String DATE_PATTERN = "dd/MM/yyyy";

    private static final Map<Language, Formats> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Formats(language));
        }
    }

    private final Language language;
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter dateTime;
    private final List<DateTimeFormatter> readers;

    private Formats(Language language) {
        this.language = language;
        this.locale = locale(language);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.shortDate = DateTimeFormatter.ofPattern(DATE_PATTERN, locale);
        // medium date, hours and minutes: the seconds of an event mean nothing to its reader
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.readers = List.of(
                DateTimeFormatter.ofPattern("d/M/uuuu", locale).withResolverStyle(ResolverStyle.STRICT),
                DateTimeFormatter.ofPattern("d.M.uuuu", locale).withResolverStyle(ResolverStyle.STRICT),
                DateTimeFormatter.ofPattern("d-M-uuuu", locale).withResolverStyle(ResolverStyle.STRICT),
                DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public static Formats of(Language language) {
        return ALL.get(language == null ? Language.DEFAULT : language);
    }

    public static Formats of(Locale locale) {
        return of(Language.of(locale));
    }

    /** The locale, with its country, whose conventions a language's reader expects. */
    public static Locale locale(Language language) {
        return switch (language) {
            case FR -> Locale.FRANCE;
            case IT -> Locale.ITALY;
            case EN -> new Locale("en", "IE");
        };
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code 1 234,56 €}, {@code 1.234,56 €}, {@code €1,234.56}; empty for no amount. */
    public String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency());
    }

    /** An amount in a currency (ISO 4217 code; euros when none is given), always with cents. */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency == null || currency.isBlank() ? Money.EUR : currency));
        format.setMinimumFractionDigits(Money.SCALE);
        format.setMaximumFractionDigits(Money.SCALE);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A number with between {@code minDecimals} and {@code maxDecimals} decimals: a unit price, a quantity. */
    public String number(BigDecimal value, int minDecimals, int maxDecimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /**
     * A rate given in percent (a VAT rate of {@code 20.00}, a discount of {@code 5.5}):
     * {@code 20 %} and {@code 5,5 %} in French, {@code 20%} in Italian and English.
     */
    public String percent(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(rate.movePointLeft(2));
    }

    /** A date in words: {@code 7 janvier 2027}, {@code 7 gennaio 2027}, {@code 7 January 2027}. */
    public String date(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    /** The day of an instant in Paris, in words. */
    public String date(Instant instant) {
        return instant == null ? "" : date(BusinessCalendar.dayOf(instant));
    }

    /** A date in figures, day first: {@code 07/01/2027}. */
    public String shortDate(LocalDate date) {
        return date == null ? "" : shortDate.format(date);
    }

    /** An instant on the clock of Paris: {@code 7 janv. 2027 14:05}, {@code 7 gen 2027, 14:05}, {@code 7 Jan 2027, 14:05}. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(LocalDateTime.ofInstant(instant, BusinessCalendar.ZONE));
    }

    /**
     * A date a person typed: {@code 12/03/1980} (also {@code 12.03.1980}, {@code 12-03-1980},
     * {@code 1980-03-12}).
     *
     * @throws DateTimeParseException when the text is not a date in one of these forms, or not a
     *     day of the calendar ({@code 31/02/1980})
     */
    public LocalDate parseDate(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.strip();
        DateTimeParseException first = null;
        for (DateTimeFormatter reader : readers) {
            try {
                return LocalDate.parse(value, reader);
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /**
     * The arguments of a message ({@link java.text.MessageFormat}) with the amounts and dates among
     * them written for this language: a {@link Money} as {@link #money(Money)}, a {@link LocalDate}
     * or an {@link Instant} as {@link #date(LocalDate)} / {@link #dateTime(Instant)}. A boundary can
     * then refuse with a balance or a deadline without knowing who will read it.
     */
    public Object[] arguments(Object... arguments) {
        Object[] written = arguments.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof Money money) {
                written[i] = money(money);
            } else if (written[i] instanceof LocalDate date) {
                written[i] = date(date);
            } else if (written[i] instanceof Instant instant) {
                written[i] = dateTime(instant);
            }
        }
        return written;
    }
}
