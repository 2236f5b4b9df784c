/**
 * Syntax and check-digit checks of the identifiers TrustDesk records for French and Italian
 * organisations: SIREN, SIRET and French VAT number; partita IVA, codice fiscale, IPA code, SDI
 * recipient code and PEC address.
 *
 * <p>{@link eu.trustdesk.shared.identifier.Identifiers} is the only entry point: {@code check}
 * normalises what the user typed (spaces and, for SIREN/SIRET, dots and dashes removed; upper
 * case where the identifier has letters) and tells whether it is well formed, with a
 * resource-bundle key ({@code identifier.<TYPE>.<problem>}) that says what is wrong;
 * {@code require} returns the normalised value or throws a
 * {@link eu.trustdesk.shared.BusinessException} carrying that key. Entities store the normalised
 * value; boundaries call {@code require} on their input.
 *
 * <p>The checks are offline and say nothing of existence: a well-formed SIRET may be closed, a
 * well-formed PEC mailbox may not exist. Looking identifiers up in registries (INSEE Sirene, VIES,
 * IndicePA) belongs to the capability that needs it, not here. Check digits and e-mail syntax come
 * from Apache Commons Validator; only what it lacks is written here.
 */
package eu.trustdesk.shared.identifier;
