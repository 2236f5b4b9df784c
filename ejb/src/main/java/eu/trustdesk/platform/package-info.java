/**
 * What every capability stands on and none owns: the application data source, the Flyway
 * migrations run at deployment, the clock, the health of the database and the demo data of the
 * run command.
 */
package eu.trustdesk.platform;
