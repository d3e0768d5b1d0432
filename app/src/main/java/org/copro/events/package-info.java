/**
 * Events and workshops: a series of sessions, registration with private access needs and
 * a waiting list, attendance at the door, group exercises summarised into a shareable
 * report, and what attendees choose to share with each other afterwards.
 */
@NullMarked
@ApplicationModule(displayName = "Events", allowedDependencies = { "identity", "web" })
package org.copro.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
