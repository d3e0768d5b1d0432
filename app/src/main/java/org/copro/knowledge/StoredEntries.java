package org.copro.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Reads the entries of a page of hits from the fields that the embedded index keeps for
 * them ({@link ListedEntry}), as Hibernate Search stores them.
 */
final class StoredEntries {

	private static final Set<String> FIELDS = Set.of("externalId", "type", "title", "summary", ListedEntry.PERIOD,
			ListedEntry.PLACES, "language", ListedEntry.BODY);

	private StoredEntries() {
	}

	/**
	 * The entries of the given documents, in their order; null for a document indexed
	 * before the index kept these fields.
	 * @param docs the documents' numbers in the reader
	 * @param ids the entries' ids, in the same order
	 */
	static List<ListedEntry.@Nullable WithBody> read(IndexReader reader, int[] docs, List<Long> ids)
			throws IOException {
		List<LeafReaderContext> leaves = reader.leaves();
		List<ListedEntry.@Nullable WithBody> entries = new ArrayList<>(docs.length);
		for (int i = 0; i < docs.length; i++) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
			Fields fields = new Fields();
			leaf.reader().storedFields().document(docs[i] - leaf.docBase, fields);
			entries.add(fields.entry(ids.get(i)));
		}
		return entries;
	}

	/** The kept values of one document. */
	private static final class Fields extends StoredFieldVisitor {

		private final Map<String, String> values = new HashMap<>();

		private final List<String> places = new ArrayList<>();

		@Override
		public Status needsField(FieldInfo field) {
			return FIELDS.contains(field.name) ? Status.YES : Status.NO;
		}

		@Override
		public void stringField(FieldInfo field, String value) {
			if (field.name.equals(ListedEntry.PLACES)) {
				places.add(value);
			}
			else {
				values.put(field.name, value);
			}
		}

		ListedEntry.@Nullable WithBody entry(Long id) {
			String title = values.get("title");
			String type = values.get("type");
			String externalId = values.get("externalId");
			if (title == null || type == null || externalId == null) {
				return null;
			}
			return ListedEntry.stored(id, externalId, type, title, values.getOrDefault("summary", ""),
					values.getOrDefault(ListedEntry.PERIOD, ""), places, values.getOrDefault("language", "en"),
					values.getOrDefault(ListedEntry.BODY, ""));
		}

	}

}
