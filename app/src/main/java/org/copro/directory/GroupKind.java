package org.copro.directory;

/** A local group gathers people of one area or around one theme. */
enum GroupKind {

	AREA, THEME;

}
