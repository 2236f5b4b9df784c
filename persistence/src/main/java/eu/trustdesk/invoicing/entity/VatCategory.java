package eu.trustdesk.invoicing.entity;

/**
 * VAT category of a line and of a VAT breakdown row (EN 16931 BT-151 and BT-118, UNCL 5305).
 * A positive rate is always {@link #STANDARD}; a 0 % rate needs one of the others, with the
 * reason printed on the invoice (BT-120), such as a reverse charge for a business customer in
 * another member state.
 */
public enum VatCategory {
    STANDARD("S"),
    ZERO_RATED("Z"),
    EXEMPT("E"),
    REVERSE_CHARGE("AE"),
    INTRA_COMMUNITY("K");

    public static final int CODE_LENGTH = 2;

    private final String code;

    VatCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static VatCategory ofCode(String code) {
        for (VatCategory category : values()) {
            if (category.code.equals(code)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown VAT category code: " + code);
    }
}
