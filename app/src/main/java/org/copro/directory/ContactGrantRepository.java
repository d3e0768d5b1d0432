package org.copro.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactGrantRepository extends JpaRepository<ContactGrant, Long> {

	boolean existsByOwnerIdAndGranteeId(long ownerId, long granteeId);

	Optional<ContactGrant> findByOwnerIdAndGranteeId(long ownerId, long granteeId);

	List<ContactGrant> findByOwnerIdOrderByGrantedAt(long ownerId);

	List<ContactGrant> findByGranteeIdOrderByGrantedAt(long granteeId);

	void deleteByOwnerId(long ownerId);

	void deleteByGranteeId(long granteeId);

}
