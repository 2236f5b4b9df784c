package eu.trustdesk.testing;

/** The demo accounts the test server loads (TRUSTDESK_DEMO_DATA=true), as the README lists them. */
public final class DemoAccounts {

    public static final String PASSWORD = "TrustDesk-demo-2026";
    public static final String CUSTOMER = "customer@demo.trustdesk.eu";
    /** A second customer, French, to check that customers cannot reach each other's data. */
    public static final String BUYER = "buyer@demo.trustdesk.eu";
    public static final String PARTNER = "partner@demo.trustdesk.eu";
    public static final String VALIDATOR = "validator@demo.trustdesk.eu";
    public static final String ACCOUNTANT = "accountant@demo.trustdesk.eu";
    public static final String ADMIN = "admin@demo.trustdesk.eu";

    private DemoAccounts() {
    }
}
