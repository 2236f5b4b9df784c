/**
 * The partner API (JAX-RS, JSON) under {@code /api/partner/v1}: voucher orders, their vouchers and
 * CSV, cancellation and the state of a code, for callers holding an API key. Described by its
 * OpenAPI annotations; Payara's MicroProfile OpenAPI serves the document at {@code /openapi}.
 */
package eu.trustdesk.voucher.api;
