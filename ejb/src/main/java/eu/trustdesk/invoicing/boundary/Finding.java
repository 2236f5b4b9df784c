package eu.trustdesk.invoicing.boundary;

import java.util.Objects;

/**
 * One thing a check found about an invoice: a rule of the official EN 16931 artefacts (such as
 * {@code BR-CO-10} or {@code BR-S-08}), an XML Schema violation, or one of TrustDesk's own export
 * rules ({@code TD-...}).
 *
 * @param ruleId the rule's identifier, as the rule set names it; {@code XSD} for a schema error
 * @param severity whether the finding stops the export
 * @param message the rule's text, in English as the artefacts publish it
 * @param location where in the document (an XPath, or a line and column); may be empty
 */
public record Finding(String ruleId, Severity severity, String message, String location) {

    /** Only {@link #ERROR} stops an export; warnings are reported with the invoice all the same. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    public Finding {
        ruleId = ruleId == null || ruleId.isBlank() ? "UNKNOWN" : ruleId.strip();
        Objects.requireNonNull(severity, "severity");
        message = message == null ? "" : message.strip();
        location = location == null ? "" : location.strip();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code [BR-CO-10] ERROR Sum of Invoice line net amount... (at /rsm:CrossIndustryInvoice...)}, for logs and reports. */
    @Override
    public String toString() {
        return "[" + ruleId + "] " + severity + " " + message + (location.isEmpty() ? "" : " (at " + location + ")");
    }
}
