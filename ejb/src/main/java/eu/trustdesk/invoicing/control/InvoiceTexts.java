package eu.trustdesk.invoicing.control;

import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.shared.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and number formats of invoices in one language, from the {@code invoice} bundles.
 *
 * <p>Amounts are written the way each language writes them, with an ordinary space as the French
 * thousands separator (the narrow no-break space of the JDK's French format is not in the PDF
 * font): {@code 1 234,56 €}, {@code 1.234,56 €}, {@code €1,234.56}.
 */
public final class InvoiceTexts {

    static final String BUNDLE = "eu.trustdesk.invoicing.invoice";

    private final Language language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    public InvoiceTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), InvoiceTexts.class.getClassLoader());
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("format.date"), language.locale());
    }

    public Language language() {
        return language;
    }

    /** The text of {@code key} with its arguments. */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** An amount with its currency, as printed: {@code 1 234,56 €}. */
    public String money(BigDecimal amount, String currency) {
        String number = decimal(2, 2).format(amount.setScale(2, RoundingMode.HALF_UP));
        String symbol = "EUR".equals(currency) ? "€" : currency;
        return language == Language.EN && "€".equals(symbol) ? symbol + number : number + " " + symbol;
    }

    /** A unit price: two to four decimals, without currency. */
    public String unitPrice(BigDecimal price) {
        return decimal(2, 4).format(price);
    }

    /** A VAT rate: {@code 20 %}, {@code 5,5 %}. */
    public String percent(BigDecimal rate) {
        String number = decimal(0, 2).format(rate);
        return language == Language.FR ? number + " %" : number + "%";
    }

    /** The standard payment terms of an invoice (BT-20) in this language. */
    public String paymentTerms(PaymentMeans means, int days, LocalDate dueDate, String sellerName) {
        if (means == null) {
            return text("terms.nothingDue");
        }
        return text("terms." + means.name(), days, date(dueDate), sellerName);
    }

    /**
     * The terms (BT-20) of an invoice issued for an order already paid: when and how the money
     * came, and that nothing is due. No instruction to pay, no due date.
     */
    public String paidTerms(PaymentMeans means, LocalDate paidOn) {
        return text("terms.paid", date(paidOn), text("terms.paid.means." + means.name()));
    }

    private DecimalFormat decimal(int minDecimals, int maxDecimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        switch (language) {
            case FR -> {
                symbols.setGroupingSeparator(' ');
                symbols.setDecimalSeparator(',');
            }
            case IT -> {
                symbols.setGroupingSeparator('.');
                symbols.setDecimalSeparator(',');
            }
            case EN -> {
                symbols.setGroupingSeparator(',');
                symbols.setDecimalSeparator('.');
            }
        }
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
