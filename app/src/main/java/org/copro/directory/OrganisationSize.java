package org.copro.directory;

/**
 * How many people work or volunteer for an organisation; message key
 * {@code directory.size.NAME}.
 */
enum OrganisationSize {

	MICRO, SMALL, MEDIUM, LARGE;

}
