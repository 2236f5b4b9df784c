package eu.trustdesk.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock on the wall of the office, in Paris: which calendar day an instant falls on for
 * every rule that speaks in days ("valid until 31 December", a contract from 1 January to
 * 31 December, the year in an order, quote or invoice number, a payment received "today"), and
 * the hour shown beside a date. France and Italy share that clock, and an administrator who types
 * "31 December" means the end of that day there, not in UTC. The one place the zone is named
 * (the {@code @Schedule}s of the nightly jobs repeat it, as an annotation needs a constant).
 */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private BusinessCalendar() {
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    /** The first instant of {@code day} in the office (midnight in Paris). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
