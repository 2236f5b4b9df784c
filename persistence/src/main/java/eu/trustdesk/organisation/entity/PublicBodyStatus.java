package eu.trustdesk.organisation.entity;

/**
 * Whether an organisation may use the public-sector purchase paths (administrative mandate,
 * quotes). Only an administrator turns a declaration into a confirmation.
 */
public enum PublicBodyStatus {
    /** Not a public administration. */
    NOT_PUBLIC,
    /** The customer says it is a public administration; not yet checked. */
    DECLARED,
    /** An administrator checked it: administrative payment is offered. */
    CONFIRMED
}
