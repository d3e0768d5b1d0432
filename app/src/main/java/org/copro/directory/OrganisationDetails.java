package org.copro.directory;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What is said about an organisation, checked and ready to save: from the form or from one imported line. */
record OrganisationDetails(String name, String description, Sector sector, OrganisationSize size,
		Willingness willingness, @Nullable String willingOn, @Nullable String areasOther, String contactEmail,
		Set<Area> areas, Set<ServiceArea> services, Set<Offer> offers) {
}
