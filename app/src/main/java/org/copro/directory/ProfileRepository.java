package org.copro.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProfileRepository extends JpaRepository<Profile, Long> {

	Optional<Profile> findByAccountId(long accountId);

	@Query("select p from Profile p where p.published = true order by p.champion desc, lower(p.displayName), p.id")
	List<Profile> findPublished();

	@Query("select p from Profile p where p.published = true and p.organisationId = ?1 order by lower(p.displayName)")
	List<Profile> findPublishedByOrganisation(long organisationId);

	void deleteByAccountId(long accountId);

}
