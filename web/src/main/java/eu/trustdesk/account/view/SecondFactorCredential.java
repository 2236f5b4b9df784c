package eu.trustdesk.account.view;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in, handed to {@link AccountIdentityStore}: the sealed ticket of the
 * first step and the code typed (none when the ticket is the proof of a just-finished enrolment).
 */
record SecondFactorCredential(String ticket, String code) implements Credential {

    @Override
    public void clear() {
        // nothing kept beyond the request
    }
}
