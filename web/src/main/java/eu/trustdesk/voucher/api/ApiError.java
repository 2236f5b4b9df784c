package eu.trustdesk.voucher.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a call was refused: the message key (stable, for programs) and its English text. */
@Schema(name = "Error")
public record ApiError(String error, String message) {
}
