package eu.trustdesk.voucher.entity;

/** The four states a partner sees (seed: "Valide – inutilisé", "Valide – utilisé", "Expiré", "Annulé"). */
public enum VoucherState {
    VALID_UNUSED,
    VALID_USED,
    EXPIRED,
    CANCELLED
}
