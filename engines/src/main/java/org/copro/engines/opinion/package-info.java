/**
 * Opinion groups in a conversation, as Pol.is computes them: a sparse vote matrix, its
 * principal components, k-means groups, the statements that represent each group and
 * those that unite them.
 */
@NullMarked
package org.copro.engines.opinion;

import org.jspecify.annotations.NullMarked;
