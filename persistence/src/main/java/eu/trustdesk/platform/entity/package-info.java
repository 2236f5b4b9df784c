/**
 * What the platform stores for every capability: today the progress and failure notes the batch
 * jobs leave for the batch console ({@link eu.trustdesk.platform.entity.BatchProgress}).
 */
package eu.trustdesk.platform.entity;
