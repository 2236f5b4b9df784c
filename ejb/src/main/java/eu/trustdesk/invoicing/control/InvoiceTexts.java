package eu.trustdesk.invoicing.control;

import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.shared.Formats;
import eu.trustdesk.shared.Language;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * The words and number formats of invoices in one language, from the {@code invoice} bundles.
 *
 * <p>Amounts and rates are written the way each language writes them, as on the pages and in the
 * mails ({@link Formats}): {@code 1 234,56 €}, {@code 1.234,56 €}, {@code €1,234.56}.
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

    /** An amount with its currency, as printed: {@code 1 234,56 €} ({@link Formats}). */
    public String money(BigDecimal amount, String currency) {
        return Formats.of(language).money(amount, currency);
    }

    /** A unit price: two to four decimals, without currency. */
    public String unitPrice(BigDecimal price) {
        return Formats.of(language).number(price, 2, 4);
    }

    /** A VAT rate: {@code 20 %}, {@code 5,5 %}. */
    public String percent(BigDecimal rate) {
        return Formats.of(language).percent(rate);
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
}
