/** Console → Audit: the audit trail for administrators, filtered, page by page, and its CSV. */
package eu.trustdesk.audit.view;
