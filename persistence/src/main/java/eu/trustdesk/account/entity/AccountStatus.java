package eu.trustdesk.account.entity;

/** Whether an account may sign in. */
public enum AccountStatus {
    /** Registered, e-mail address not yet verified: cannot sign in. */
    PENDING_VERIFICATION,
    ACTIVE,
    /** Closed or blocked by an administrator. */
    DISABLED
}
