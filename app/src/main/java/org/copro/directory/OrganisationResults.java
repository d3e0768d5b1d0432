package org.copro.directory;

import java.util.List;
import java.util.Map;

/**
 * One page of the organisations that match a search, how many match in all, and for each
 * choice of each filter how many would match if it were chosen with the other filters
 * kept.
 */
record OrganisationResults(List<Organisation> organisations, long total, int page, int pages,
		Map<Sector, Long> sectorCounts, Map<Area, Long> areaCounts, Map<Offer, Long> offerCounts,
		Map<Willingness, Long> willingnessCounts) {

	boolean hasPrevious() {
		return page > 1;
	}

	boolean hasNext() {
		return page < pages;
	}
}
