/**
 * "You said, we did": every statement, proposal, comment or decision that a tool
 * announces gets a visible response (what was done with it, by whom, when and with what
 * status), and its author is told.
 */
@NullMarked
@ApplicationModule(displayName = "Accountability", allowedDependencies = { "identity", "web" })
package org.copro.accountability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
