package eu.trustdesk.platform.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * An amount of money typed by a person, as they write it in their language: {@code 1 234,56},
 * {@code 1.234,56}, {@code 1,234.56} or {@code 78.75}, with or without a euro sign. The last
 * separator followed by one or two digits is the decimal one; the others group thousands.
 */
@FacesConverter("trustdesk.amount")
public class AmountConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal amount = parse(value);
        if (amount == null) {
            String text = Messages.text(context.getViewRoot().getLocale(), "error.payment.amount");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        return amount;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** The amount, or null when the text is not one. */
    static BigDecimal parse(String typed) {
        String text = typed.replace("€", "").replaceAll("[\\s\\u00a0\\u202f']", "");
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        int decimal = Math.max(comma, dot);
        String digits;
        if (decimal >= 0 && text.length() - decimal - 1 <= 2 && text.length() - decimal - 1 >= 1) {
            digits = text.substring(0, decimal).replace(",", "").replace(".", "") + "." + text.substring(decimal + 1);
        } else {
            digits = text.replace(",", "").replace(".", "");
        }
        if (!digits.matches("-?\\d+(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(digits);
    }
}
