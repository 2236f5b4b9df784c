package eu.trustdesk.platform.batch;

import eu.trustdesk.account.entity.Role;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Who may see and act on the executions of a job in the batch console: administrators every job,
 * including the ones added later (the console finds them in the job repository); another
 * back-office role only the jobs listed here as its own.
 */
public final class JobOwners {

    /** Job name (its XML's id) → the role that owns it besides administrators. */
    private static final Map<String, String> OWNERS = Map.of("chorus-export", Role.Names.ACCOUNTANT,
            "quote-expiry", Role.Names.ACCOUNTANT);

    private JobOwners() {
    }

    /** Whether a caller with the roles {@code callerIsIn} may see and act on {@code job}. */
    public static boolean allows(String job, Predicate<String> callerIsIn) {
        if (callerIsIn.test(Role.Names.ADMIN)) {
            return true;
        }
        String owner = OWNERS.get(job);
        return owner != null && callerIsIn.test(owner);
    }
}
