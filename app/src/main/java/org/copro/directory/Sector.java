package org.copro.directory;

/**
 * The sector an organisation belongs to; each has a message key
 * {@code directory.sector.NAME}.
 */
enum Sector {

	VOLUNTARY, COMMUNITY, SOCIAL_ENTERPRISE, STATUTORY, HEALTH, HOUSING, ACADEMIC, PRIVATE;

}
