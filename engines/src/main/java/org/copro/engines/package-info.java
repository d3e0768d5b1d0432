/**
 * Civic algorithms as a plain Java library: participatory budgeting, fair sortition,
 * opinion groups and decision tallies, with no framework and no database.
 */
@NullMarked
package org.copro.engines;

import org.jspecify.annotations.NullMarked;
