package org.copro.directory;

/**
 * Whether an organisation is willing to co-produce now; message key
 * {@code directory.willingness.NAME}.
 */
enum Willingness {

	READY, INTERESTED, NOT_NOW;

}
