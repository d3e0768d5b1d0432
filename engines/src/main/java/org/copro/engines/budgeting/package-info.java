/**
 * Participatory budgeting: the pabulib {@code .pb} format and the counting rules cities
 * use (greedy, sequential Phragmén, the Method of Equal Shares with its completions), in
 * exact arithmetic.
 */
@NullMarked
package org.copro.engines.budgeting;

import org.jspecify.annotations.NullMarked;
