package org.copro.budgeting;

/**
 * Why an imported .pb file was refused: a message code and its arguments (the line first, when there is one).
 *
 * @param code the message key
 * @param arguments its arguments
 */
record ImportProblem(String code, Object... arguments) {
}
