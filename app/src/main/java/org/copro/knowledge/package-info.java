/**
 * The co-production knowledge base: case studies, methods, research, guides and
 * organisations, imported or submitted, found by a forgiving search in English and Welsh.
 */
@NullMarked
@ApplicationModule(displayName = "Knowledge", allowedDependencies = { "identity", "web" })
package org.copro.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
