package eu.trustdesk.ordering.control;

import eu.trustdesk.shared.Language;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.ResourceBundle;

/** The texts of the shop's documents in one language, with amounts and dates written its way. */
public final class DocumentTexts {

    static final String BUNDLE = "eu.trustdesk.ordering.documents";
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Language language;
    private final ResourceBundle bundle;

    public DocumentTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), DocumentTexts.class.getClassLoader());
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    public String amount(BigDecimal value, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(Currency.getInstance(currency));
        return format.format(value);
    }

    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale()).withZone(ZONE)
                .format(instant);
    }

    /** A calendar day, e.g. the day a payment arrived: {@code 24 novembre 2026}. */
    public String date(java.time.LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(day);
    }

    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).withZone(ZONE)
                .format(instant);
    }
}
