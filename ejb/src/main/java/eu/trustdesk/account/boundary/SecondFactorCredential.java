package eu.trustdesk.account.boundary;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in, as the web's identity store hands it to
 * {@link Authentication#verifySecondFactor}: the sealed ticket of the first step and the code typed
 * (none when the ticket is the proof of a just-finished enrolment).
 */
public record SecondFactorCredential(String ticket, String code) implements Credential {
}
