package eu.trustdesk.ordering.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which calendar day an instant falls on for the rules that speak in days ("valid until
 * 31 December", "a contract from 1 January to 31 December"). The day is the one of the office,
 * in Paris: France and Italy share that clock, and an administrator who types "31 December"
 * means the end of that day there, not in UTC.
 */
public final class OfficeCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private OfficeCalendar() {
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
