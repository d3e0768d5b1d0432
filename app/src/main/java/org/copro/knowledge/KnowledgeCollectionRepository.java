package org.copro.knowledge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeCollectionRepository extends JpaRepository<KnowledgeCollection, Long> {

	List<KnowledgeCollection> findAllByOrderByIdAsc();

}
