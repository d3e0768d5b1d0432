/**
 * Co-production projects: the shared workspace where people with lived experience,
 * communities, practitioners and commissioners agree aims, ground rules and how they
 * decide, meet, and claim the costs of taking part.
 */
@NullMarked
@ApplicationModule(displayName = "Projects", allowedDependencies = { "accountability", "directory", "identity", "web" })
package org.copro.projects;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
