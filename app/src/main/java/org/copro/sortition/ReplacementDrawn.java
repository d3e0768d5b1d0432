package org.copro.sortition;

/**
 * A volunteer was drawn to take a place on the panel that someone declined.
 *
 * @param recruitment the recruitment's id
 * @param volunteer the replacement volunteer's id
 */
public record ReplacementDrawn(long recruitment, long volunteer) {
}
