/**
 * Pages of the activation capability: the applicant's request and its wizard in the customer
 * area, the validators' queue and request page in the console, and the downloads of identity
 * documents and contracts.
 */
package eu.trustdesk.activation.view;
