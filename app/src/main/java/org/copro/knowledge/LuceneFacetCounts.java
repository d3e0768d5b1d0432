package org.copro.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the hits of a query on the embedded index, and the hits by each value of some
 * keyword fields, without scoring. Each segment's values are read once into arrays of
 * value numbers (numbers shared by all segments) and kept while the segment lives, so
 * that counting a hit costs a few array reads instead of decoding doc values and mapping
 * ordinals between segments on every search.
 */
final class LuceneFacetCounts {

	private final List<String> fields;

	private final List<Map<String, Integer>> numbers = new ArrayList<>();

	private final List<List<String>> values = new ArrayList<>();

	private final Map<Object, Segment> segments = new WeakHashMap<>();

	/**
	 * Bit sets of the recent filters by segment (a few kilobytes each); old segments'
	 * sets fall out as new come.
	 */
	private final Map<FilterKey, FixedBitSet> filterBits = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<FilterKey, FixedBitSet> eldest) {
			return size() > 256;
		}
	};

	LuceneFacetCounts(List<String> fields) {
		this.fields = List.copyOf(fields);
		for (int i = 0; i < fields.size(); i++) {
			numbers.add(new HashMap<>());
			values.add(new ArrayList<>());
		}
	}

	/**
	 * How many documents match, and by field the values of the hits with their counts,
	 * most frequent first.
	 */
	record Counted(long total, Map<String, List<Map.Entry<String, Long>>> facets) {
	}

	/**
	 * The values of one segment: for field f, document d has the numbers
	 * {@code ords[f][start[f][d]..start[f][d+1]]}.
	 */
	private record Segment(int[][] start, int[][] ords) {
	}

	/**
	 * Counts the documents that pass every filter and match any of the alternatives (all
	 * documents when there are none). Each alternative's postings are poured into one bit
	 * set per segment, which is much cheaper than walking their union document by
	 * document; filters, which hold for a document as long as it exists, are kept as bit
	 * sets per segment.
	 */
	Counted count(IndexReader reader, List<Query> filters, List<Query> alternatives, Map<String, Integer> limits)
			throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setQueryCache(null);
		List<Weight> anyOf = new ArrayList<>();
		for (Query alternative : alternatives) {
			anyOf.add(searcher.createWeight(searcher.rewrite(alternative), ScoreMode.COMPLETE_NO_SCORES, 1f));
		}
		List<Segment> read = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			read.add(segment(leaf.reader()));
		}
		int[][] counts = new int[fields.size()][];
		synchronized (this) {
			for (int f = 0; f < fields.size(); f++) {
				counts[f] = new int[values.get(f).size()];
			}
		}
		long total = 0;
		for (LeafReaderContext leaf : reader.leaves()) {
			int maxDoc = leaf.reader().maxDoc();
			FixedBitSet hits = new FixedBitSet(maxDoc);
			if (alternatives.isEmpty()) {
				hits.set(0, maxDoc);
			}
			for (Weight alternative : anyOf) {
				Scorer scorer = alternative.scorer(leaf);
				if (scorer != null) {
					hits.or(scorer.iterator());
				}
			}
			for (Query filter : filters) {
				hits.and(filterBits(searcher, leaf, filter));
			}
			Bits live = leaf.reader().getLiveDocs();
			Segment segment = read.get(leaf.ord);
			for (int doc = hits.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = doc + 1 < maxDoc
					? hits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
				if (live != null && !live.get(doc)) {
					continue;
				}
				total++;
				for (int f = 0; f < counts.length; f++) {
					int[] start = segment.start()[f];
					int[] ords = segment.ords()[f];
					int[] count = counts[f];
					for (int i = start[doc]; i < start[doc + 1]; i++) {
						count[ords[i]]++;
					}
				}
			}
		}
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
		return new Counted(total, facets);
	}

	private FixedBitSet filterBits(IndexSearcher searcher, LeafReaderContext leaf, Query filter) throws IOException {
		var helper = leaf.reader().getCoreCacheHelper();
		Object segment = helper == null ? leaf.reader() : helper.getKey();
		FilterKey key = new FilterKey(segment, filter);
		synchronized (filterBits) {
			FixedBitSet known = filterBits.get(key);
			if (known != null) {
				return known;
			}
		}
		FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
		Scorer scorer = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
		if (scorer != null) {
			bits.or(scorer.iterator());
		}
		synchronized (filterBits) {
			filterBits.put(key, bits);
		}
		return bits;
	}

	private record FilterKey(Object segment, Query filter) {
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

}
