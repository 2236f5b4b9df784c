package eu.trustdesk.ordering.control;

import eu.trustdesk.shared.Formats;
import eu.trustdesk.shared.Language;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ResourceBundle;

/** The texts of the shop's documents in one language, with amounts and dates written its way ({@link Formats}). */
public final class DocumentTexts {

    static final String BUNDLE = "eu.trustdesk.ordering.documents";

    private final Language language;
    private final ResourceBundle bundle;
    private final Formats formats;

    public DocumentTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), DocumentTexts.class.getClassLoader());
        this.formats = Formats.of(language);
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    public String amount(BigDecimal value, String currency) {
        return formats.money(value, currency);
    }

    public String number(BigDecimal value) {
        return formats.number(value, 2, 2);
    }

    /** A VAT or discount rate given in percent. */
    public String percent(BigDecimal rate) {
        return formats.percent(rate);
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public String date(Instant instant) {
        return formats.date(instant);
    }

    /** A calendar day, e.g. the day a payment arrived: {@code 24 novembre 2026}. */
    public String date(LocalDate date) {
        return formats.date(date);
    }
}
