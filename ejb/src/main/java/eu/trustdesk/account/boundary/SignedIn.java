package eu.trustdesk.account.boundary;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.shared.Language;
import java.io.Serializable;
import java.util.Set;

/**
 * Who has just proved their identity: the caller name, roles, preferred language, and the
 * credentials version the new session is bound to (a later password change ends it).
 */
public record SignedIn(String email, Set<Role> roles, Language language, int credentialsVersion)
        implements Serializable {

    public SignedIn {
        roles = Set.copyOf(roles);
    }
}
