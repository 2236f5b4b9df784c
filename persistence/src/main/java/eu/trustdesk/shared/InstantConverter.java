package eu.trustdesk.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant}s as SQL timestamps. JPA 3.1 (EclipseLink 4) does not map {@code Instant}
 * by itself; the columns are {@code DATETIME(6)}, which H2 and MariaDB both store without a zone,
 * so the values are written and read in the server's time zone (run it in UTC, see docs/OPERATIONS.md).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
