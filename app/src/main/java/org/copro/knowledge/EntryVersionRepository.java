package org.copro.knowledge;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EntryVersionRepository extends JpaRepository<EntryVersion, Long> {

	List<EntryVersion> findByEntryIdOrderByNumberDesc(long entryId);

	Optional<EntryVersion> findByEntryIdAndNumber(long entryId, int number);

	int countByEntryId(long entryId);

	List<EntryVersion> findByEditorAccount(Long editorAccount);

}
