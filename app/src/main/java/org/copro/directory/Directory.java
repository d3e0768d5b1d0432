package org.copro.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's facade for other modules: read-only look-ups of organisations, to link
 * to them.
 */
@Service
public class Directory {

	private final Organisations organisations;

	Directory(Organisations organisations) {
		this.organisations = organisations;
	}

	/** The organisation with this id, if it is in the directory. */
	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> organisation(long id) {
		return organisations.findOptional(id).map(Directory::summary);
	}

	/**
	 * The first organisations (at most 20) whose name or description holds the words, by
	 * name.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> findOrganisations(String query) {
		OrganisationFilter filter = new OrganisationFilter(query, null, null, null, null);
		return organisations.search(filter, 1).organisations().stream().map(Directory::summary).toList();
	}

	private static OrganisationSummary summary(Organisation organisation) {
		return new OrganisationSummary(organisation.id(), organisation.name(), organisation.sector().name(),
				organisation.areas().stream().map(Enum::name).toList(),
				"/directory/organisations/" + organisation.id());
	}

}
