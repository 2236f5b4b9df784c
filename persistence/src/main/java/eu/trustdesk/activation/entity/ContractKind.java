package eu.trustdesk.activation.entity;

/**
 * The contract documents every applicant accepts, each with the version of its text. A new
 * wording gets a new version: acceptances keep the version they were given.
 */
public enum ContractKind {
    GENERAL_CONDITIONS("2026-01"),
    SERVICE_CONDITIONS("2026-01"),
    PRIVACY_NOTICE("2026-02");

    private final String version;

    ContractKind(String version) {
        this.version = version;
    }

    public String version() {
        return version;
    }
}
