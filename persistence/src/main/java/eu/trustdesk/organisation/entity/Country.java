package eu.trustdesk.organisation.entity;

/** The countries TrustDesk sells in; identifiers and addresses are checked by their rules. */
public enum Country {
    FR,
    IT;

    public static final int CODE_LENGTH = 2;
}
