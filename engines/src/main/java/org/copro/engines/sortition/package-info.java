/**
 * Fair sortition: stratified random selection of a citizens' panel from a pool of
 * volunteers, by LEXIMIN (Flanigan et al., Nature 2021) or the LEGACY greedy method it is
 * compared against.
 */
@NullMarked
package org.copro.engines.sortition;

import org.jspecify.annotations.NullMarked;
