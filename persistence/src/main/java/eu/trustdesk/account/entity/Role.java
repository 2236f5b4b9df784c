package eu.trustdesk.account.entity;

/**
 * The roles of TrustDesk. The names are the Jakarta Security group and role names, mapped one to
 * one in {@code glassfish-application.xml}; {@link Names} gives them as constants for annotations.
 */
public enum Role {
    CUSTOMER,
    PARTNER,
    VALIDATOR,
    ACCOUNTANT,
    ADMIN;

    /** Back-office roles: the people who work in the consoles. */
    public boolean backOffice() {
        return this == VALIDATOR || this == ACCOUNTANT || this == ADMIN;
    }

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String CUSTOMER = "CUSTOMER";
        public static final String PARTNER = "PARTNER";
        public static final String VALIDATOR = "VALIDATOR";
        public static final String ACCOUNTANT = "ACCOUNTANT";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
