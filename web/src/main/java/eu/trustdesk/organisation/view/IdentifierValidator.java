package eu.trustdesk.organisation.view;

import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.identifier.IdentifierCheck;
import eu.trustdesk.shared.identifier.IdentifierType;
import eu.trustdesk.shared.identifier.Identifiers;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Checks one identifier field as soon as the form is sent, so the message stands next to the
 * field: {@code <f:validator validatorId="identifier"/>} with
 * {@code <f:attribute name="identifierType" value="SIRET"/>}. Whether the field is required
 * depends on the other fields; the boundary decides that, and checks everything again.
 */
@FacesValidator("identifier")
public class IdentifierValidator implements Validator<Object> {

    static final String TYPE_ATTRIBUTE = "identifierType";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        IdentifierType type = IdentifierType.valueOf(String.valueOf(component.getAttributes().get(TYPE_ATTRIBUTE)));
        String raw = value.toString();
        if (type == IdentifierType.PARTITA_IVA && raw.strip().toUpperCase().startsWith("IT")) {
            raw = raw.strip().substring(2);
        }
        IdentifierCheck check = Identifiers.check(type, raw);
        if (!check.valid()) {
            String text = Messages.text(context.getViewRoot().getLocale(), check.problemKey(), (Object[]) check.arguments());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }
}
