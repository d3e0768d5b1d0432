package org.copro.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface AccountRepository extends ListCrudRepository<Account, Long>, PagingAndSortingRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByRole(Role role);

	long countByRoleAndDeletedAtIsNull(Role role);

	Page<Account> findByDeletedAtIsNullOrderByCreatedAtDesc(Pageable pageable);

	List<Account> findByIdIn(List<Long> ids);

	List<Account> findByDeletedAtIsNullAndEmailVerifiedIsTrue();

}
