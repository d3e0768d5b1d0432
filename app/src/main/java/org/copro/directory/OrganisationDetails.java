package org.copro.directory;

import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * What is said about an organisation, checked and ready to save: from the form or from
 * one imported line, with the language ({@code en} or {@code cy}) its text is written in.
 */
record OrganisationDetails(String name, String description, Sector sector, OrganisationSize size,
		Willingness willingness, @Nullable String willingOn, @Nullable String areasOther, String contactEmail,
		Set<Area> areas, Set<ServiceArea> services, Set<Offer> offers, String language) {

	/** Details whose text is in English, as an import gives them. */
	OrganisationDetails(String name, String description, Sector sector, OrganisationSize size, Willingness willingness,
			@Nullable String willingOn, @Nullable String areasOther, String contactEmail, Set<Area> areas,
			Set<ServiceArea> services, Set<Offer> offers) {
		this(name, description, sector, size, willingness, willingOn, areasOther, contactEmail, areas, services, offers,
				"en");
	}

	OrganisationDetails {
		name = name.strip();
		description = description.strip();
		willingOn = willingOn == null || willingOn.isBlank() ? null : willingOn.strip();
		areasOther = areasOther == null || areasOther.isBlank() ? null : areasOther.strip();
		contactEmail = contactEmail.strip();
		areas = new TreeSet<>(areas);
		services = new TreeSet<>(services);
		offers = new TreeSet<>(offers);
	}
}
