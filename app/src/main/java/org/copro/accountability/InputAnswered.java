package org.copro.accountability;

import org.jspecify.annotations.Nullable;

/**
 * A piece of input received a response, so that its author can be told and its tool can
 * show it.
 *
 * @param tool the tool the input arrived in, e.g. {@code conversations}
 * @param reference the input's key within its tool, e.g. {@code statement:42}
 * @param status the status the response gave it
 * @param authorAccount the account id of the person who gave the input; null when unknown
 * or deleted
 */
public record InputAnswered(String tool, String reference, ActionStatus status, @Nullable Long authorAccount) {
}
