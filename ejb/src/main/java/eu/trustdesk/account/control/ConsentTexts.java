package eu.trustdesk.account.control;

import eu.trustdesk.account.entity.ConsentKind;

/**
 * The versions of the consent texts now shown to users. When the privacy notice or the marketing
 * text changes, its version changes here (and in the page bundles), so every record says which
 * wording the person agreed to.
 */
public final class ConsentTexts {

    public static final String PRIVACY_NOTICE_VERSION = "2026-01";
    public static final String MARKETING_VERSION = "2026-01";

    private ConsentTexts() {
    }

    public static String currentVersion(ConsentKind kind) {
        return switch (kind) {
            case PRIVACY_NOTICE -> PRIVACY_NOTICE_VERSION;
            case MARKETING -> MARKETING_VERSION;
        };
    }
}
