/**
 * Conversations in the manner of Pol.is: people vote agree, disagree or pass on short
 * statements, and the opinion engine shows the groups that form, what sets each apart and
 * what unites them.
 */
@NullMarked
@ApplicationModule(displayName = "Conversations", allowedDependencies = { "identity", "web" })
package org.copro.conversations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
