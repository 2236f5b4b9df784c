/** Entry points of the activation capability: the applicant's requests in the customer area. */
package eu.trustdesk.activation.boundary;
