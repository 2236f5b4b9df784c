/**
 * The shared kernel every capability speaks: money, languages, the business-exception family and
 * the JPA converters that make {@code java.time} types portable between H2 and MySQL/MariaDB.
 *
 * <p>Nothing here knows about a particular capability; a type moves here only when a second
 * capability needs it.
 */
package eu.trustdesk.shared;
