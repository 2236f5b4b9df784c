/** The audit trail: back-office decisions recorded with who took them and when. */
package eu.trustdesk.audit.entity;
