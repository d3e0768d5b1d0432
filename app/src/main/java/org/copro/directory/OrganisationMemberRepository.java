package org.copro.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationMemberRepository extends JpaRepository<OrganisationMember, Long> {

	List<OrganisationMember> findByOrganisationIdOrderByJoinedAt(long organisationId);

	List<OrganisationMember> findByAccountId(long accountId);

	Optional<OrganisationMember> findByOrganisationIdAndAccountId(long organisationId, long accountId);

	void deleteByOrganisationId(long organisationId);

	void deleteByAccountId(long accountId);

}
