/** Writing and reading the audit trail, for the boundaries of other capabilities. */
package eu.trustdesk.audit.control;
