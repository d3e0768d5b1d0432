package org.copro.sortition;

/**
 * A recruitment's panel was drawn by lot; the result page is public from now on.
 *
 * @param recruitment the recruitment's id
 * @param panelSize how many seats were filled
 */
public record PanelDrawn(long recruitment, int panelSize) {
}
