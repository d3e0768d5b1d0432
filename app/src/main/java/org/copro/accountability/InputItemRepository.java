package org.copro.accountability;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InputItemRepository extends JpaRepository<InputItem, Long>, JpaSpecificationExecutor<InputItem> {

	Optional<InputItem> findByToolAndReference(String tool, String reference);

	boolean existsByToolAndReference(String tool, String reference);

	List<InputItem> findByAuthorIdOrderByReceivedAtDesc(long authorId);

	/**
	 * Forgets whose input this was, without raising its version: the author's account may
	 * be deleted while a facilitator is answering their input, and neither must fail for
	 * the other.
	 */
	@Modifying
	@Query("update InputItem i set i.authorId = null, i.authorFormer = true where i.authorId = ?1")
	int forgetAuthor(long authorId);

	List<InputItem> findByScopeOrderByReceivedAtAsc(String scope);

	long countByScopeAndStatusIsNull(String scope);

	long countByStatusIsNull();

	@Query("select distinct i.tool from InputItem i order by i.tool")
	List<String> tools();

	@Query("select distinct i.scope from InputItem i where i.scope is not null order by i.scope")
	List<String> scopes();

}
