package org.copro.decisions;

/**
 * Why a vote was not taken: a message code and its arguments, for the voter to read.
 *
 * @param field the form field to point at
 * @param code the message key
 * @param arguments its arguments
 */
record VoteProblem(String field, String code, Object... arguments) {
}
