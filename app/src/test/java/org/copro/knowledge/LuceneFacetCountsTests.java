package org.copro.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet counts on Lucene agree with counting each document by hand, for values that
 * many documents have (counted as bit sets) and values that few have (counted from the
 * hits, from the values' documents or from the documents that are not hits, whichever is
 * shortest), over several segments with deleted documents.
 */
class LuceneFacetCountsTests {

	private static final List<String> FIELDS = List.of("colour", "place");

	/**
	 * With places on every document, the rare values are counted from the hits or from
	 * the documents that are not hits; with places on few, also from the values'
	 * documents.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 25 })
	void countsAsCountingEachDocumentByHandDoes(int onePlaceIn) throws IOException {
		Random random = new Random(7);
		List<Map<String, Set<String>>> documents = new ArrayList<>();
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (int i = 0; i < 3000; i++) {
				Map<String, Set<String>> values = new HashMap<>();
				// Two common colours and many rare places, some documents with none.
				values.put("colour", Set.of(random.nextInt(4) == 0 ? "red" : "blue"));
				Set<String> places = new TreeSet<>();
				for (int p = random.nextInt(onePlaceIn) == 0 ? random.nextInt(3) : 0; p > 0; p--) {
					places.add(random.nextInt(10) == 0 ? "Cardiff" : "place-" + random.nextInt(400));
				}
				values.put("place", places);
				values.put("word", Set.of(random.nextInt(3) == 0 ? "common" : "word-" + random.nextInt(200)));
				values.put("id", Set.of("d" + i));
				Document document = new Document();
				document.add(new StringField("id", "d" + i, Field.Store.NO));
				document.add(new StringField("word", values.get("word").iterator().next(), Field.Store.NO));
				document.add(new StringField("status", "published", Field.Store.NO));
				for (String field : FIELDS) {
					for (String value : values.get(field)) {
						document.add(new SortedSetDocValuesField(field, new BytesRef(value)));
					}
				}
				writer.addDocument(document);
				documents.add(values);
				if (i % 700 == 699) {
					writer.commit();
				}
			}
			for (int i = 0; i < 3000; i += 11) {
				writer.deleteDocuments(new Term("id", "d" + i));
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				LuceneFacetCounts counts = new LuceneFacetCounts(FIELDS, new FilterBits(1 << 20),
						new FilterBits(1 << 20));
				List<Query> filters = List.of(new TermQuery(new Term("status", "published")));
				// Most documents are hits of the last: the rare values are counted in the
				// documents that are not.
				List<String> most = new ArrayList<>(List.of("common"));
				for (int w = 0; w < 120; w++) {
					most.add("word-" + w);
				}
				for (List<String> words : List.of(List.<String>of(), List.of("common"), List.of("word-3"),
						List.of("common", "word-5", "word-9"), most)) {
					List<Query> alternatives = words.stream()
						.map(word -> (Query) new TermQuery(new Term("word", word)))
						.toList();
					LuceneFacetCounts.Counted counted = counts.count(reader, filters, alternatives,
							Map.of("colour", 10, "place", 1000));
					Map<String, Map<String, Long>> expected = new HashMap<>();
					long total = 0;
					for (int i = 0; i < documents.size(); i++) {
						Map<String, Set<String>> document = documents.get(i);
						boolean hit = words.isEmpty() || words.contains(document.get("word").iterator().next());
						if (i % 11 == 0 || !hit) {
							continue;
						}
						total++;
						for (String field : FIELDS) {
							for (String value : document.get(field)) {
								expected.computeIfAbsent(field, each -> new HashMap<>()).merge(value, 1L, Long::sum);
							}
						}
					}
					assertThat(counted.total()).as(words.toString()).isEqualTo(total).isPositive();
					for (String field : FIELDS) {
						Map<String, Long> found = new HashMap<>();
						counted.facets().get(field).forEach(entry -> found.put(entry.getKey(), entry.getValue()));
						assertThat(found).as(words + " " + field).isEqualTo(expected.getOrDefault(field, Map.of()));
					}
					// With a limit: the most frequent values, ties in order of value.
					List<Map.Entry<String, Long>> firstFive = expected.getOrDefault("place", Map.of())
						.entrySet()
						.stream()
						.sorted(Map.Entry.<String, Long>comparingByValue()
							.reversed()
							.thenComparing(Map.Entry.comparingByKey()))
						.limit(5)
						.toList();
					assertThat(counts.count(reader, filters, alternatives, Map.of("colour", 1, "place", 5))
						.facets()
						.get("place")).as(words.toString()).containsExactlyElementsOf(firstFive);
				}
			}
		}
	}

}
