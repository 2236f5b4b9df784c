/**
 * The demo data of the run command: a catalogue and one account per role. Loaded only when
 * {@code trustdesk.demo-data=true} (environment variable {@code TRUSTDESK_DEMO_DATA}), which
 * {@code ./mvnw -Prun} and the integration tests set and a production start never does.
 */
package eu.trustdesk.platform.demo;
