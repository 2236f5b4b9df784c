package eu.trustdesk.shared.identifier;

import java.util.List;

/** The identifiers {@link Identifiers} checks, with the problems each check can report. */
public enum IdentifierType {
    /** French company number (Système d'identification du répertoire des entreprises): 9 digits. */
    SIREN("empty", "digits", "length", "checksum"),
    /** French establishment number: the SIREN and a 5-digit establishment number (NIC), 14 digits. */
    SIRET("empty", "digits", "length", "checksum"),
    /** French VAT number (numéro de TVA intracommunautaire): FR, a 2-digit key, the SIREN. */
    FR_VAT("empty", "format", "siren", "key"),
    /** Italian VAT number: 11 digits. */
    PARTITA_IVA("empty", "digits", "length", "serial", "office", "checksum"),
    /** Italian tax code: 16 characters for a person, 11 digits for a company or a public body. */
    CODICE_FISCALE("empty", "length", "format", "serial", "office", "checksum"),
    /** Code of an Italian public administration in the Indice delle Pubbliche Amministrazioni. */
    IPA_CODE("empty", "format", "length"),
    /**
     * Address of an Italian electronic invoice on the Sistema di Interscambio: codice destinatario
     * (7 characters) or, for a public administration, codice univoco ufficio (6 characters).
     */
    SDI_CODE("empty", "format", "length"),
    /** Italian certified e-mail address (posta elettronica certificata). */
    PEC("empty", "length", "format");

    private final List<String> problems;

    IdentifierType(String... problems) {
        this.problems = List.of(problems);
    }

    /** Bundle key of the name of this identifier, e.g. {@code identifier.type.SIRET}. */
    public String labelKey() {
        return "identifier.type." + name();
    }

    /** Bundle keys of every problem the check of this identifier can report, in checking order. */
    public List<String> problemKeys() {
        return problems.stream().map(this::problemKey).toList();
    }

    /** Bundle key of a problem with this identifier, e.g. {@code identifier.SIRET.checksum}. */
    String problemKey(String problem) {
        return "identifier." + name() + "." + problem;
    }
}
