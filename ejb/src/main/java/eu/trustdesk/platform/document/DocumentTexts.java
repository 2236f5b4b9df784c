package eu.trustdesk.platform.document;

import eu.trustdesk.shared.Formats;
import eu.trustdesk.shared.Language;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * The texts of one document bundle in one language, with amounts, rates and dates written the
 * way that language writes them ({@link Formats}: {@code 1 234,56 €}, {@code 1.234,56 €},
 * {@code €1,234.56}), as on the pages and in the mails. The one way every PDF and document of
 * TrustDesk reads its words.
 *
 * <p>A bundle may fix the pattern of its calendar days under the key {@code format.date} (invoices
 * print {@code 24/11/2026} in French and Italian); without it, days are written in words.
 */
public final class DocumentTexts {

    private static final String DATE_PATTERN_KEY = "format.date";

    private final DocumentBundle source;
    private final Language language;
    private final ResourceBundle bundle;
    private final Formats formats;
    private final DateTimeFormatter dates;

    private DocumentTexts(DocumentBundle source, Language language) {
        this.source = source;
        this.language = language;
        this.bundle = ResourceBundle.getBundle(source.baseName(), language.locale(), DocumentTexts.class.getClassLoader());
        this.formats = Formats.of(language);
        this.dates = bundle.containsKey(DATE_PATTERN_KEY)
                ? DateTimeFormatter.ofPattern(bundle.getString(DATE_PATTERN_KEY), language.locale()) : null;
    }

    public static DocumentTexts of(DocumentBundle bundle, Language language) {
        return new DocumentTexts(bundle, language);
    }

    public Language language() {
        return language;
    }

    /** The text of {@code key} with its arguments. */
    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 && !source.formatted() ? pattern
                : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** {@code label : value} in French typography (a space before the colon), {@code label: value} elsewhere. */
    public String labelled(String key, String value) {
        return text(key) + (language == Language.FR ? " : " : ": ") + value;
    }

    /** An amount with its currency, as printed: {@code 1 234,56 €}. */
    public String money(BigDecimal amount, String currency) {
        return formats.money(amount, currency);
    }

    /** An amount without currency, two decimals. */
    public String number(BigDecimal value) {
        return formats.number(value, 2, 2);
    }

    /** A unit price: two to four decimals, without currency. */
    public String unitPrice(BigDecimal price) {
        return formats.number(price, 2, 4);
    }

    /** A VAT or discount rate given in percent: {@code 20 %}, {@code 5,5 %}. */
    public String percent(BigDecimal rate) {
        return formats.percent(rate);
    }

    /** A calendar day, e.g. the day a payment arrived: {@code 24 novembre 2026}, or in the bundle's pattern. */
    public String date(LocalDate date) {
        return dates == null ? formats.date(date) : dates.format(date);
    }

    /** The day of an instant in Paris. */
    public String date(Instant instant) {
        return formats.date(instant);
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }
}
