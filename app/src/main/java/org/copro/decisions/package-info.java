/**
 * Group decisions in the manner of Loomio: proposals, consent with objections, sense
 * checks and polls (approval, score, dot vote, ranked choice, meeting time), counted by
 * the voting engine, each closed with an outcome.
 */
@NullMarked
@ApplicationModule(displayName = "Decisions", allowedDependencies = { "identity", "web" })
package org.copro.decisions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
