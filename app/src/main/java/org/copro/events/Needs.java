package org.copro.events;

import org.jspecify.annotations.Nullable;

/** What a person asks for to take part: private to them and the event's organisers. */
record Needs(@Nullable String accessNeeds, boolean childcareSupport, boolean travelSupport,
		@Nullable String dietaryNeeds) {
}
