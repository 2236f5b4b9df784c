/**
 * Activation requests: one per certificate or plan sold, completed by its applicant in the
 * customer area and checked by validators. Created by orders (and voucher redemptions).
 */
package eu.trustdesk.activation.entity;
