/**
 * Calls for ideas in the manner of Decidim and CONSUL proposals: participants make
 * proposals, support them and discuss them in threaded comments, and the organisers give
 * each one an official answer.
 */
@NullMarked
@ApplicationModule(displayName = "Proposals", allowedDependencies = { "identity", "web" })
package org.copro.proposals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
