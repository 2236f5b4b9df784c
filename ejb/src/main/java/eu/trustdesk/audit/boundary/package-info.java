/** Reading the audit trail across the application (Console → Audit), for administrators. */
package eu.trustdesk.audit.boundary;
