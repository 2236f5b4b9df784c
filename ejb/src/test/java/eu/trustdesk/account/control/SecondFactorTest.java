package eu.trustdesk.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.control.SecondFactor.Check;
import eu.trustdesk.account.control.SecondFactor.Enrolment;
import eu.trustdesk.account.control.SignInTickets.Kind;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.platform.SecretBox;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enrolment, the sign-in check (window, replay, recovery codes used once), the sealed secret and the pending ticket. */
class SecondFactorTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:15:05Z");
    private final SecretBox box = new SecretBox(new byte[32]);
    private final TotpCodes totp = new TotpCodes();

    private static Account staff() {
        Account account = new Account("łucja.d'annunzio@example.it", "Łucja", "D'Annunzio", Language.IT, "hash",
                Instant.EPOCH).grant(Role.VALIDATOR);
        account.activate();
        return account;
    }

    private static String secretOf(Enrolment enrolment) {
        return enrolment.secret();
    }

    @Test
    void enrolmentNeedsTheFirstCodeThenGivesTenRecoveryCodesAndStoresTheSecretSealed() {
        SecondFactor factor = new SecondFactor(box, false);
        Account account = staff();
        Enrolment enrolment = factor.begin(account);
        assertTrue(enrolment.qrSvg().startsWith("<svg"), enrolment.qrSvg());
        assertTrue(java.net.URI.create(enrolment.otpauthUri()).getPath().startsWith("/TrustDesk:łucja"), enrolment.otpauthUri());
        assertEquals(39, enrolment.secretForTyping().length(), "8 groups of 4 and 7 spaces");

        BusinessException wrong = assertThrows(BusinessException.class,
                () -> factor.complete(account, enrolment.sealed(), "000000", NOW));
        assertEquals("error.mfa.codeWrong", wrong.messageKey());
        assertFalse(account.secondFactorOn());

        String code = totp.codeAt(secretOf(enrolment), TotpCodes.step(NOW));
        List<String> recovery = factor.complete(account, enrolment.sealed(), code, NOW);
        assertEquals(10, new HashSet<>(recovery).size());
        assertTrue(recovery.get(0).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"), recovery.get(0));
        assertTrue(account.secondFactorOn());
        assertFalse(account.sealedTotpSecret().contains(enrolment.secret()), "not stored in clear");
        assertEquals(enrolment.secret(), box.open(account.sealedTotpSecret()));
        assertEquals(Check.REPLAYED, factor.verify(account, code, NOW), "the enrolment's code is used");
    }

    @Test
    void anEnrolmentOfAnotherKeyOrAlteredIsRefused() {
        Account account = staff();
        Enrolment enrolment = new SecondFactor(box, false).begin(account);
        SecretBox otherKey = new SecretBox(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        BusinessException expired = assertThrows(BusinessException.class,
                () -> new SecondFactor(otherKey, false).complete(account, enrolment.sealed(), "123456", NOW));
        assertEquals("error.mfa.enrolmentExpired", expired.messageKey());
    }

    @Test
    void aCodeIsAcceptedWithinTheWindowOnceAndReplayIsRefused() {
        SecondFactor factor = new SecondFactor(box, false);
        Account account = staff();
        Enrolment enrolment = factor.begin(account);
        long step = TotpCodes.step(NOW);
        factor.complete(account, enrolment.sealed(), totp.codeAt(enrolment.secret(), step - 1), NOW);

        String current = totp.codeAt(enrolment.secret(), step);
        assertEquals(Check.ACCEPTED, factor.verify(account, current, NOW));
        assertEquals(Check.REPLAYED, factor.verify(account, current, NOW.plusSeconds(20)));
        assertEquals(Check.WRONG, factor.verify(account, totp.codeAt(enrolment.secret(), step + 3), NOW));
        assertEquals(Check.ACCEPTED, factor.verify(account, totp.codeAt(enrolment.secret(), step + 1), NOW),
                "the next step, a phone a little ahead");
        assertEquals(Check.REPLAYED, factor.verify(account, current, NOW), "older than the last one used");
        assertEquals(Check.WRONG, factor.verify(account, "", NOW));
    }

    @Test
    void aRecoveryCodeWorksOnceTypedAnyWay() {
        SecondFactor factor = new SecondFactor(box, false);
        Account account = staff();
        Enrolment enrolment = factor.begin(account);
        List<String> recovery = factor.complete(account, enrolment.sealed(),
                totp.codeAt(enrolment.secret(), TotpCodes.step(NOW)), NOW);
        String typed = " " + recovery.get(3).toUpperCase().replace("-", " ") + " ";
        assertEquals(Check.ACCEPTED, factor.verify(account, typed, NOW));
        assertEquals(Check.WRONG, factor.verify(account, recovery.get(3), NOW), "single use");
        assertEquals(Check.ACCEPTED, factor.verify(account, recovery.get(4), NOW));
        assertEquals(8, account.recoveryCodesLeft());
    }

    @Test
    void onlyTheDemoSecretOnADemoStartSkipsTheReplayCheck() {
        Account demoStaff = staff();
        new SecondFactor(box, true).seedDemo(demoStaff, NOW);
        String code = totp.codeAt(SecondFactor.DEMO_SECRET, TotpCodes.step(NOW));
        SecondFactor demo = new SecondFactor(box, true);
        assertEquals(Check.ACCEPTED, demo.verify(demoStaff, code, NOW));
        assertEquals(Check.ACCEPTED, demo.verify(demoStaff, code, NOW), "several tests within one step");
        SecondFactor production = new SecondFactor(box, false);
        assertEquals(Check.ACCEPTED, production.verify(demoStaff, code, NOW));
        assertEquals(Check.REPLAYED, production.verify(demoStaff, code, NOW),
                "the same secret on a production start is protected");

        Account other = staff();
        SecondFactor factor = new SecondFactor(box, true);
        Enrolment enrolment = factor.begin(other);
        factor.complete(other, enrolment.sealed(), totp.codeAt(enrolment.secret(), TotpCodes.step(NOW) - 1), NOW);
        String otherCode = totp.codeAt(enrolment.secret(), TotpCodes.step(NOW));
        assertEquals(Check.ACCEPTED, factor.verify(other, otherCode, NOW));
        assertEquals(Check.REPLAYED, factor.verify(other, otherCode, NOW), "any other account on a demo start");
    }

    @Test
    void aPendingSignInLastsFiveMinutesAndCannotBeForged() {
        SignInTickets tickets = new SignInTickets(box);
        String ticket = tickets.issue(Kind.CODE, 42L, 3, NOW);
        assertEquals(new SignInTickets.Ticket(Kind.CODE, 42L, 3), tickets.open(ticket, NOW.plusSeconds(299)).orElseThrow());
        assertTrue(tickets.open(ticket, NOW.plusSeconds(300)).isEmpty(), "expired");
        assertTrue(tickets.open("CODE|42|3|9999999999", NOW).isEmpty(), "not sealed");
        assertTrue(new SignInTickets(new SecretBox(SecretBox.keyFrom(k -> java.util.Optional.of(
                k.equals("trustdesk.demo-data") ? "true" : "")))).open(ticket, NOW).isEmpty(), "another key");
        assertNotEquals(ticket, tickets.issue(Kind.CODE, 42L, 3, NOW));
    }
}
