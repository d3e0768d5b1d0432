package org.copro.directory;

/**
 * What an organisation can offer others who co-produce; message key
 * {@code directory.offer.NAME}.
 */
enum Offer {

	TRAINING, VENUES, MENTORING, LIVED_EXPERIENCE_NETWORKS;

}
