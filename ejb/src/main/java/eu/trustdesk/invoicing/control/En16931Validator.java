package eu.trustdesk.invoicing.control;

import eu.trustdesk.invoicing.boundary.Finding;
import eu.trustdesk.invoicing.boundary.ValidationReport;
import eu.trustdesk.invoicing.boundary.ExportSyntax;
import com.helger.diagnostics.error.IError;
import com.helger.diagnostics.error.level.EErrorLevel;
import com.helger.phive.api.execute.IValidationExecutorCacheSupport;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResult;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.xml.serialize.read.DOMReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.w3c.dom.Document;

/**
 * Checks an EN 16931 document in-process against the official CEN validation artefacts (the XML
 * Schema of the syntax, then the Schematron business rules BR-xx, BR-CO-xx, BR-S-xx...) as
 * packaged by phive-rules-en16931. An invoice that fails here would be rejected by Chorus Pro, so
 * it is not exported.
 *
 * <p>The rule set version is pinned ({@link #RULES_VERSION}) rather than "latest": an upgrade of
 * the library must not change what passes without a deliberate change here.
 *
 * <p>Thread-safe and cheap to create: the rule sets are loaded and their Schematron compiled to
 * XSLT once per class loader, on first use (about a second), and shared by every instance and
 * thread; each call then only parses the document and runs the compiled rules.
 */
public class En16931Validator {

    /** The version of the CEN artefacts (eInvoicing-EN16931 validation release) used. */
    public static final String RULES_VERSION = "1.3.16";
    /** The rule id of a document that is not even well-formed XML. */
    public static final String NOT_XML = "XML";
    /** The rule id of an XML Schema violation: the syntax's schema has no rule ids of its own. */
    public static final String SCHEMA = "XSD";

    private static final String UBL_CREDIT_NOTE_ROOT = "CreditNote";

    /** Initialisation-on-demand holder: loads the artefacts once, when the first document is validated. */
    private static final class Rules {
        static final IValidationExecutorSet<IValidationSourceXML> CII;
        static final IValidationExecutorSet<IValidationSourceXML> UBL_INVOICE;
        static final IValidationExecutorSet<IValidationSourceXML> UBL_CREDIT_NOTE;

        static {
            ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
            EN16931Validation.initEN16931(registry);
            CII = prepared(registry.getOfID(EN16931Validation.VID_CII_1316));
            UBL_INVOICE = prepared(registry.getOfID(EN16931Validation.VID_UBL_INVOICE_1316));
            UBL_CREDIT_NOTE = prepared(registry.getOfID(EN16931Validation.VID_UBL_CREDIT_NOTE_1316));
        }

        /** Compiles the Schematron now rather than in the middle of the first export. */
        private static IValidationExecutorSet<IValidationSourceXML> prepared(
                IValidationExecutorSet<IValidationSourceXML> rules) {
            Objects.requireNonNull(rules, "EN 16931 rules " + RULES_VERSION + " missing from phive-rules-en16931");
            for (IValidationExecutor<IValidationSourceXML> executor : rules) {
                if (executor instanceof IValidationExecutorCacheSupport cached) {
                    cached.setCacheArtefact(true);
                    cached.ensureItemIsInCache();
                }
            }
            return rules;
        }

        private Rules() {
        }
    }

    /**
     * Validates one document.
     *
     * @param syntax how the document is written; for UBL, the root element tells an invoice from a
     *        credit note
     * @param document the XML, as it would be exported
     * @return the findings of the schema and of the business rules; valid when none is an error
     */
    public ValidationReport validate(ExportSyntax syntax, byte[] document) {
        Objects.requireNonNull(syntax, "syntax");
        if (document == null || document.length == 0) {
            return ValidationReport.of(List.of(new Finding(NOT_XML, Finding.Severity.ERROR, "empty document", "")));
        }
        // ph-xml's reader refuses DTDs and external entities by default (no XXE)
        Document dom = DOMReader.readXMLDOM(document);
        if (dom == null || dom.getDocumentElement() == null) {
            return ValidationReport.of(List.of(new Finding(NOT_XML, Finding.Severity.ERROR,
                    "not well-formed XML", "")));
        }
        IValidationExecutorSet<IValidationSourceXML> rules = switch (syntax) {
            case CII -> Rules.CII;
            case UBL -> UBL_CREDIT_NOTE_ROOT.equals(dom.getDocumentElement().getLocalName()) ? Rules.UBL_CREDIT_NOTE
                    : Rules.UBL_INVOICE;
        };
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), rules, ValidationSourceXML.create(null, dom), Locale.ENGLISH);
        List<Finding> findings = new ArrayList<>();
        for (ValidationResult result : results) {
            boolean schema = result.getValidationArtefact().getValidationType().getBaseType().isXSD();
            for (IError error : result.getErrorList()) {
                findings.add(finding(error, schema));
            }
            if (result.getValidity().isInvalid() && result.getErrorList().isEmpty()) {
                // cannot happen with the default determinator, but an invalid layer must never pass silently
                findings.add(new Finding(schema ? SCHEMA : "SCHEMATRON", Finding.Severity.ERROR,
                        "rejected by " + result.getValidationArtefact().getRuleResourcePath(), ""));
            }
        }
        return ValidationReport.of(findings);
    }

    private static Finding finding(IError error, boolean schema) {
        String ruleId = schema || error.getErrorID() == null ? SCHEMA : error.getErrorID();
        String location = error.getErrorFieldName();
        if ((location == null || location.isBlank()) && error.getErrorLocation() != null
                && error.getErrorLocation().isAnyInformationPresent()) {
            location = error.getErrorLocation().getAsString();
        }
        return new Finding(ruleId, severity(error), message(ruleId, error.getErrorText(Locale.ENGLISH)), location);
    }

    /** The rule's text without the "[BR-CO-15]-" the CEN artefacts start it with: the id is said once. */
    private static String message(String ruleId, String text) {
        String prefix = "[" + ruleId + "]";
        if (text == null || !text.startsWith(prefix)) {
            return text;
        }
        return text.substring(prefix.length()).replaceFirst("^\\s*-\\s*", "");
    }

    private static Finding.Severity severity(IError error) {
        if (error.getErrorLevel().isGE(EErrorLevel.ERROR)) {
            return Finding.Severity.ERROR;
        }
        return error.getErrorLevel().isGE(EErrorLevel.WARN) ? Finding.Severity.WARNING : Finding.Severity.INFO;
    }
}
