/**
 * The network: organisations willing to co-produce, people's opt-in profiles and
 * champions, consent to share contact details, and local groups with their discussions,
 * announcements and meetings.
 */
@NullMarked
@ApplicationModule(displayName = "Directory", allowedDependencies = { "identity", "web" })
package org.copro.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
