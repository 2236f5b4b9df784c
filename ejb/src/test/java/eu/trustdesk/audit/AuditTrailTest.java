package eu.trustdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.trustdesk.audit.control.AuditTrail;
import java.security.Principal;
import org.junit.jupiter.api.Test;

/** Who an audit row names: the signed-in caller, or "system" for what runs without one (a schedule). */
class AuditTrailTest {

    private static Principal named(String name) {
        return () -> name;
    }

    @Test
    void aSignedInCallerIsNamedByTheirAddress() {
        assertEquals("hélène.d'aubigné@exemple.fr", AuditTrail.actor(named("hélène.d'aubigné@exemple.fr")));
    }

    @Test
    void noCallerOrTheServersAnonymousOneIsTheSystem() {
        assertEquals(AuditTrail.SYSTEM, AuditTrail.actor(null));
        assertEquals(AuditTrail.SYSTEM, AuditTrail.actor(named(null)));
        assertEquals(AuditTrail.SYSTEM, AuditTrail.actor(named("ANONYMOUS")));
        assertEquals(AuditTrail.SYSTEM, AuditTrail.actor(named("guest")));
    }
}
