package org.copro.events;

import org.jspecify.annotations.Nullable;

/**
 * What a person asks for to take part: private to them and the event's organisers. The
 * access and dietary needs are written in the given language, {@code en} or {@code cy}.
 */
record Needs(@Nullable String accessNeeds, boolean childcareSupport, boolean travelSupport,
		@Nullable String dietaryNeeds, String language) {
}
