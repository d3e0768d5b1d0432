package org.copro.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	/**
	 * Organisations whose name or description holds the text, ignoring case; the text
	 * already lower-cased.
	 */
	@Query("select o from Organisation o where lower(o.name) like concat('%', ?1, '%') escape '\\'"
			+ " or lower(o.description) like concat('%', ?1, '%') escape '\\' order by lower(o.name), o.id")
	List<Organisation> findMatching(String lowerCaseText);

	@Query("select o from Organisation o order by lower(o.name), o.id")
	List<Organisation> findAllByName();

	boolean existsByNameIgnoreCase(String name);

}
