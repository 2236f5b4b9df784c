/**
 * Entry points of the activation capability: the applicant's requests and activation file in the
 * customer area ({@link eu.trustdesk.activation.boundary.ActivationFile}), and the validators'
 * console ({@link eu.trustdesk.activation.boundary.ValidationDesk}).
 */
package eu.trustdesk.activation.boundary;
