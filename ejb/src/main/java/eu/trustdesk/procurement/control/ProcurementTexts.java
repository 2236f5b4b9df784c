package eu.trustdesk.procurement.control;

import eu.trustdesk.ordering.control.DocumentTexts;
import eu.trustdesk.shared.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The texts of the quote and the delivery note in one language. Their own labels come from the
 * {@code procurement/documents} bundle (always formatted, so an apostrophe is always written
 * twice); columns, totals, identifiers, amounts and dates are the shop documents' own.
 */
public final class ProcurementTexts {

    static final String BUNDLE = "eu.trustdesk.procurement.documents";

    private final Language language;
    private final ResourceBundle bundle;
    private final DocumentTexts shop;

    public ProcurementTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ProcurementTexts.class.getClassLoader());
        this.shop = new DocumentTexts(language);
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    /** The shop documents' texts and formats (columns, totals, identifiers, amounts, dates). */
    public DocumentTexts shop() {
        return shop;
    }
}
