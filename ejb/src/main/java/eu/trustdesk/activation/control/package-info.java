/**
 * What the activation boundaries delegate: the checks of an uploaded identity document, where its
 * file is kept, the contract PDFs filled with the holder's data, and the applicant's mails.
 */
package eu.trustdesk.activation.control;
