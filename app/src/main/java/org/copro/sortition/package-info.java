/**
 * Citizens' juries and panels drawn by fair lottery: recruitment with quotas, volunteers'
 * registration, the LEXIMIN draw, replacements that keep the quotas, and a public result
 * anyone can re-run.
 */
@NullMarked
@ApplicationModule(displayName = "Sortition", allowedDependencies = { "identity", "web" })
package org.copro.sortition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
