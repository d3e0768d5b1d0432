package org.copro.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the hits of a query on the embedded index, and the hits by each value of some keyword fields, in one pass
 * without scoring. Each segment's values are read once into arrays of value numbers (numbers shared by all
 * segments) and kept while the segment lives, so that counting a hit costs a few array reads instead of decoding
 * doc values and mapping ordinals between segments on every search.
 */
final class LuceneFacetCounts {

	private final List<String> fields;

	private final List<Map<String, Integer>> numbers = new ArrayList<>();

	private final List<List<String>> values = new ArrayList<>();

	private final Map<Object, Segment> segments = new WeakHashMap<>();

	LuceneFacetCounts(List<String> fields) {
		this.fields = List.copyOf(fields);
		for (int i = 0; i < fields.size(); i++) {
			numbers.add(new HashMap<>());
			values.add(new ArrayList<>());
		}
	}

	/** How many documents match, and by field the values of the hits with their counts, most frequent first. */
	record Counted(long total, Map<String, List<Map.Entry<String, Long>>> facets) {
	}

	/** The values of one segment: for field f, document d has the numbers {@code ords[f][start[f][d]..start[f][d+1]]}. */
	private record Segment(int[][] start, int[][] ords) {
	}

	Counted count(IndexReader reader, Query query, Map<String, Integer> limits) throws IOException {
		Map<LeafReaderContext, Segment> bySegment = new HashMap<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			bySegment.put(leaf, segment(leaf.reader()));
		}
		int[][] counts = new int[fields.size()][];
		synchronized (this) {
			for (int f = 0; f < fields.size(); f++) {
				counts[f] = new int[values.get(f).size()];
			}
		}
		long[] total = new long[1];
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.search(query, new CollectorManager<SimpleCollector, Void>() {
			@Override
			public SimpleCollector newCollector() {
				return new Counter(bySegment, counts, total);
			}

			@Override
			public Void reduce(Collection<SimpleCollector> collectors) {
				return null;
			}
		});
		Map<String, List<Map.Entry<String, Long>>> facets = new LinkedHashMap<>();
		for (int f = 0; f < fields.size(); f++) {
			List<Map.Entry<String, Long>> found = new ArrayList<>();
			for (int number = 0; number < counts[f].length; number++) {
				if (counts[f][number] > 0) {
					found.add(Map.entry(value(f, number), (long) counts[f][number]));
				}
			}
			found.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()));
			String field = fields.get(f);
			facets.put(field, found.subList(0, Math.min(found.size(), limits.getOrDefault(field, found.size()))));
		}
		return new Counted(total[0], facets);
	}

	private synchronized String value(int field, int number) {
		return values.get(field).get(number);
	}

	private synchronized int number(int field, String value) {
		return numbers.get(field).computeIfAbsent(value, each -> {
			values.get(field).add(each);
			return values.get(field).size() - 1;
		});
	}

	private Segment segment(LeafReader leaf) throws IOException {
		var helper = leaf.getCoreCacheHelper();
		Object key = helper == null ? leaf : helper.getKey();
		synchronized (segments) {
			Segment known = segments.get(key);
			if (known != null) {
				return known;
			}
		}
		Segment read = read(leaf);
		synchronized (segments) {
			segments.put(key, read);
		}
		return read;
	}

	private Segment read(LeafReader leaf) throws IOException {
		int maxDoc = leaf.maxDoc();
		int[][] start = new int[fields.size()][];
		int[][] ords = new int[fields.size()][];
		for (int f = 0; f < fields.size(); f++) {
			SortedSetDocValues docValues = DocValues.getSortedSet(leaf, fields.get(f));
			int[] toNumber = new int[(int) docValues.getValueCount()];
			for (int ord = 0; ord < toNumber.length; ord++) {
				toNumber[ord] = number(f, docValues.lookupOrd(ord).utf8ToString());
			}
			int[] starts = new int[maxDoc + 1];
			int[] numbers = new int[Math.max(16, maxDoc)];
			int n = 0;
			for (int doc = 0; doc < maxDoc; doc++) {
				starts[doc] = n;
				if (docValues.advanceExact(doc)) {
					for (int i = 0; i < docValues.docValueCount(); i++) {
						if (n == numbers.length) {
							numbers = Arrays.copyOf(numbers, numbers.length * 2);
						}
						numbers[n++] = toNumber[(int) docValues.nextOrd()];
					}
				}
			}
			starts[maxDoc] = n;
			start[f] = starts;
			ords[f] = Arrays.copyOf(numbers, n);
		}
		return new Segment(start, ords);
	}

	private static final class Counter extends SimpleCollector {

		private final Map<LeafReaderContext, Segment> bySegment;

		private final int[][] counts;

		private final long[] total;

		private Segment segment = new Segment(new int[0][], new int[0][]);

		Counter(Map<LeafReaderContext, Segment> bySegment, int[][] counts, long[] total) {
			this.bySegment = bySegment;
			this.counts = counts;
			this.total = total;
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) {
			segment = bySegment.get(context);
		}

		@Override
		public void collect(int doc) {
			total[0]++;
			for (int f = 0; f < counts.length; f++) {
				int[] start = segment.start()[f];
				int[] ords = segment.ords()[f];
				int[] count = counts[f];
				for (int i = start[doc]; i < start[doc + 1]; i++) {
					count[ords[i]]++;
				}
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}
	}
}
