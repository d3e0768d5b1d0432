package org.copro.budgeting;

/**
 * Why a ballot was not taken: a message code and its arguments, for the voter to read.
 *
 * @param code the message key
 * @param arguments its arguments
 */
record BallotProblem(String code, Object... arguments) {
}
