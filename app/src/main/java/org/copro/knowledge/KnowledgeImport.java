package org.copro.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.CacheMode;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file of entries: all rows are checked before any is saved, then saved in
 * batches of one transaction each, created or updated by external id, so that importing
 * the same file twice changes nothing.
 */
@Service
class KnowledgeImport {

	static final int BATCH_SIZE = 500;

	private final KnowledgeEntryRepository entries;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	KnowledgeImport(KnowledgeEntryRepository entries, PlatformTransactionManager transactionManager,
			EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
		this.entries = entries;
		this.transactions = new TransactionTemplate(transactionManager);
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
	}

	record Outcome(int created, int updated, int unchanged, List<EntryFileReader.Problem> problems) {

		boolean failed() {
			return !problems.isEmpty();
		}
	}

	Outcome importFile(Path file) throws IOException {
		EntryFileReader.Result read = EntryFileReader.read(file);
		if (!read.problems().isEmpty()) {
			return new Outcome(0, 0, 0, read.problems());
		}
		return save(read.rows().stream().map(EntryFileReader.Row::draft).toList());
	}

	Outcome save(List<EntryDraft> drafts) {
		return save(drafts, true);
	}

	/**
	 * Saves entries; with {@code index} false the index is left alone, for bulk loads
	 * followed by {@link #reindex()}, which is faster than indexing batch by batch.
	 */
	Outcome save(List<EntryDraft> drafts, boolean index) {
		int[] counts = new int[3];
		for (int from = 0; from < drafts.size(); from += BATCH_SIZE) {
			List<EntryDraft> batch = drafts.subList(from, Math.min(drafts.size(), from + BATCH_SIZE));
			transactions.executeWithoutResult(status -> {
				if (!index) {
					Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(KnowledgeEntry.class));
				}
				Map<String, KnowledgeEntry> existing = entries
					.findByExternalIdIn(batch.stream().map(EntryDraft::externalId).toList())
					.stream()
					.collect(Collectors.toMap(KnowledgeEntry::externalId, Function.identity()));
				for (EntryDraft draft : batch) {
					KnowledgeEntry entry = existing.get(draft.externalId());
					if (entry == null) {
						entry = new KnowledgeEntry(draft.externalId());
						entry.update(draft);
						entityManager.persist(entry);
						counts[0]++;
					}
					else if (entry.sameContentAs(draft)) {
						counts[2]++;
					}
					else {
						entry.update(draft);
						counts[1]++;
					}
				}
				entityManager.flush();
				entityManager.clear();
			});
		}
		return new Outcome(counts[0], counts[1], counts[2], List.of());
	}

	/**
	 * Rebuilds the search index from the database (after a restore, or an analyser
	 * change): the old index is dropped at once rather than entry by entry, ids are read
	 * in large fetches, entries skip the second-level cache, and the segments are merged
	 * into one at the end, since each search pays for every segment it opens (looking up
	 * each word of the query, and setting up its scorers).
	 */
	void reindex() throws InterruptedException {
		Search.mapping(entityManagerFactory)
			.scope(KnowledgeEntry.class)
			.massIndexer()
			.dropAndCreateSchemaOnStart(true)
			.purgeAllOnStart(false)
			.threadsToLoadObjects(Math.max(2, Runtime.getRuntime().availableProcessors()))
			.batchSizeToLoadObjects(100)
			.idFetchSize(1000)
			.cacheMode(CacheMode.IGNORE)
			.mergeSegmentsOnFinish(true)
			.startAndWait();
	}

}
