package eu.trustdesk.invoicing.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The outcome of checking one invoice for export: valid unless a finding is an error. Warnings
 * are kept, so that the export report can show them next to an invoice that was sent anyway.
 *
 * @param valid whether the invoice may be exported
 * @param findings everything found, errors first, in the order the rules reported them
 */
public record ValidationReport(boolean valid, List<Finding> findings) {

    public ValidationReport {
        findings = List.copyOf(findings);
        if (valid && findings.stream().anyMatch(Finding::isError)) {
            throw new IllegalArgumentException("a report with errors cannot be valid");
        }
    }

    /** The report of these findings: valid exactly when none is an error. */
    public static ValidationReport of(List<Finding> findings) {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort((a, b) -> Boolean.compare(b.isError(), a.isError()));
        return new ValidationReport(ordered.stream().noneMatch(Finding::isError), ordered);
    }

    /** A report with nothing to say. */
    public static ValidationReport clean() {
        return new ValidationReport(true, List.of());
    }

    /** Both reports' findings: an invoice must pass every check to be exported. */
    public ValidationReport and(ValidationReport other) {
        return of(Stream.concat(findings.stream(), other.findings.stream()).toList());
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
    }

    /** The identifiers of the rules that failed with an error, e.g. {@code [BR-CO-10, BR-CO-15]}. */
    public List<String> errorRuleIds() {
        return errors().stream().map(Finding::ruleId).distinct().toList();
    }

    /** One finding per line, for a log or an export report. */
    public String describe() {
        if (findings.isEmpty()) {
            return valid ? "valid" : "invalid";
        }
        return (valid ? "valid" : "invalid") + System.lineSeparator()
                + findings.stream().map(Finding::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
