package org.copro.directory;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor searches the directory for: words, and at most one sector, area, offer
 * and willingness.
 */
record OrganisationFilter(String text, @Nullable Sector sector, @Nullable Area area, @Nullable Offer offer,
		@Nullable Willingness willingness) {

	static OrganisationFilter none() {
		return new OrganisationFilter("", null, null, null, null);
	}

	boolean matches(Organisation organisation) {
		return (sector == null || organisation.sector() == sector)
				&& (area == null || organisation.areas().contains(area))
				&& (offer == null || organisation.offers().contains(offer))
				&& (willingness == null || organisation.willingness() == willingness);
	}

	OrganisationFilter withSector(@Nullable Sector other) {
		return new OrganisationFilter(text, other, area, offer, willingness);
	}

	OrganisationFilter withArea(@Nullable Area other) {
		return new OrganisationFilter(text, sector, other, offer, willingness);
	}

	OrganisationFilter withOffer(@Nullable Offer other) {
		return new OrganisationFilter(text, sector, area, other, willingness);
	}

	OrganisationFilter withWillingness(@Nullable Willingness other) {
		return new OrganisationFilter(text, sector, area, offer, other);
	}
}
