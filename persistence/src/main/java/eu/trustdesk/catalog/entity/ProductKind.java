package eu.trustdesk.catalog.entity;

/** The families of products; each one follows its own path after the sale. */
public enum ProductKind {
    /** Qualified or advanced signature certificate for a natural person; needs an activation file. */
    SIGNATURE_CERTIFICATE(true),
    /** SSL/TLS server certificate; needs an activation file. */
    SERVER_CERTIFICATE(true),
    /** E-invoicing service plan (Legalinvoice-style); needs an activation file. */
    EINVOICING_PLAN(true),
    /** Card readers and blank tokens: shipped, nothing to activate. */
    HARDWARE(false);

    private final boolean needsActivation;

    ProductKind(boolean needsActivation) {
        this.needsActivation = needsActivation;
    }

    public boolean needsActivation() {
        return needsActivation;
    }
}
