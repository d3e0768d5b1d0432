/**
 * Participatory budgeting: a facilitator sets up a process and its projects, residents
 * vote, and the engine's fair rules (the Method of Equal Shares by default) count the
 * ballots into a public, explained result.
 */
@NullMarked
@ApplicationModule(displayName = "Budgeting", allowedDependencies = { "identity", "web" })
package org.copro.budgeting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
