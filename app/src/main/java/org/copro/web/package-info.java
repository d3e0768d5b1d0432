/**
 * The shared web layer: layout, language switch, error pages, security configuration and
 * rate limits.
 */
@NullMarked
@ApplicationModule(displayName = "Web", type = ApplicationModule.Type.OPEN)
package org.copro.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
