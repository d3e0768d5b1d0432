package org.copro.directory;

import java.util.List;

/**
 * What other modules may know of an organisation in the directory: never its contact
 * address.
 *
 * @param id the organisation's id
 * @param name its name
 * @param sector its sector's code, e.g. {@code VOLUNTARY}
 * @param areas the codes of the Welsh local authorities it serves, e.g. {@code CARDIFF}
 * @param path its public page
 */
public record OrganisationSummary(long id, String name, String sector, List<String> areas, String path) {
}
