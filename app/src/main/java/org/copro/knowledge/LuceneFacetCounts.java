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
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the hits of a query on the embedded index, and the hits by each value of some
 * keyword fields, without scoring. Each segment's values are read once (as value numbers
 * shared by all segments) and kept while the segment lives, so that counting costs a few
 * passes over bit sets and arrays instead of decoding doc values and mapping ordinals
 * between segments on every search.
 */
final class LuceneFacetCounts {

	private final List<String> fields;

	private final List<Map<String, Integer>> numbers = new ArrayList<>();

	private final List<List<String>> values = new ArrayList<>();

	private final Map<Object, Segment> segments = new WeakHashMap<>();

	private final FilterBits filterBits;

	/** The documents of the words that many documents have. */
	private final FilterBits wordBits;

	LuceneFacetCounts(List<String> fields, FilterBits filterBits, FilterBits wordBits) {
		this.fields = List.copyOf(fields);
		this.filterBits = filterBits;
		this.wordBits = wordBits;
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
	 * The values of one field in one segment. A value that many documents have is a bit
	 * set, counted against the hits by one pass over both sets; the others (rare values)
	 * are kept by value, as the sorted documents that have it.
	 */
	private record FieldValues(int[] commonNumbers, FixedBitSet[] common, int[] rareNumbers, int[][] rareDocs) {
	}

	/**
	 * The values of each field in one segment, and the rare values of all fields by
	 * document: for document d, {@code codes[start[d]..start[d+1]]}, each the field's
	 * index times {@value #FIELD_CODE} plus the value's number. Rare values are counted
	 * from whichever is shortest: the hits, one pass over all fields' values for them;
	 * the values' documents; or the documents that are not hits (taken from the counts in
	 * all documents).
	 */
	private record Segment(FieldValues[] fields, int[] start, int[] codes) {

		long rarePostings() {
			return codes.length;
		}

	}

	private static final int FIELD_CODE = 1 << 24;

	/**
	 * A value held by more than this share of a segment's documents is kept as a bit set.
	 */
	private static final int COMMON_SHARE = 64;

	/**
	 * Counts the documents that pass every filter and match any of the alternatives (all
	 * documents when there are none). Each alternative's postings are poured into one bit
	 * set per segment, which is much cheaper than walking their union document by
	 * document; the sets of words that many documents have are kept, as are the filters'
	 * ({@link FilterBits}).
	 */
	Counted count(IndexReader reader, List<Query> filters, List<Query> alternatives, Map<String, Integer> limits)
			throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setQueryCache(null);
		List<Query> anyOf = new ArrayList<>();
		for (Query alternative : alternatives) {
			anyOf.add(searcher.rewrite(alternative));
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
			FixedBitSet hits = hits(searcher, leaf, anyOf);
			if (!filters.isEmpty()) {
				hits.and(filterBits.passing(searcher, leaf, filters));
			}
			Bits live = leaf.reader().getLiveDocs();
			if (live instanceof FixedBitSet liveBits) {
				hits.and(liveBits);
			}
			else if (live != null) {
				for (int doc = 0; doc < hits.length(); doc++) {
					if (!live.get(doc)) {
						hits.clear(doc);
					}
				}
			}
			long found = hits.cardinality();
			total += found;
			Segment segment = read.get(leaf.ord);
			for (int f = 0; f < counts.length; f++) {
				FieldValues values = segment.fields()[f];
				for (int i = 0; i < values.commonNumbers().length; i++) {
					counts[f][values.commonNumbers()[i]] += (int) FixedBitSet.intersectionCount(hits,
							values.common()[i]);
				}
			}
			long missing = hits.length() - found;
			if (missing < found && missing < segment.rarePostings()) {
				// Most documents are hits: all documents' values less those of the
				// others.
				for (int f = 0; f < counts.length; f++) {
					FieldValues values = segment.fields()[f];
					for (int i = 0; i < values.rareNumbers().length; i++) {
						counts[f][values.rareNumbers()[i]] += values.rareDocs()[i].length;
					}
				}
				FixedBitSet missed = hits.clone();
				missed.flip(0, missed.length());
				countEach(segment, missed, -1, counts);
			}
			else if (found < segment.rarePostings()) {
				countEach(segment, hits, 1, counts);
			}
			else {
				for (int f = 0; f < counts.length; f++) {
					countByValue(segment.fields()[f], hits, counts[f]);
				}
			}
		}
		Map<String, List<Map.Entry<String, Long>>> facets = new LinkedHashMap<>();
		for (int f = 0; f < fields.size(); f++) {
			String field = fields.get(f);
			facets.put(field, mostFrequent(f, counts[f], limits.getOrDefault(field, counts[f].length)));
		}
		return new Counted(total, facets);
	}

	/**
	 * The values with the highest counts, most frequent first and in order of value when
	 * equal; only the values that can make the list are named and sorted.
	 */
	private List<Map.Entry<String, Long>> mostFrequent(int field, int[] counts, int limit) {
		int[] sorted = Arrays.stream(counts).filter(count -> count > 0).sorted().toArray();
		if (sorted.length == 0 || limit <= 0) {
			return List.of();
		}
		int least = sorted[Math.max(0, sorted.length - limit)];
		List<Map.Entry<String, Long>> found = new ArrayList<>();
		for (int number = 0; number < counts.length; number++) {
			if (counts[number] >= least) {
				found.add(Map.entry(value(field, number), (long) counts[number]));
			}
		}
		found.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
			.thenComparing(Map.Entry.comparingByKey()));
		return found.subList(0, Math.min(found.size(), limit));
	}

	/** The documents of a segment that match any of the alternatives. */
	private FixedBitSet hits(IndexSearcher searcher, LeafReaderContext leaf, List<Query> anyOf) throws IOException {
		int maxDoc = leaf.reader().maxDoc();
		FixedBitSet hits = new FixedBitSet(maxDoc);
		if (anyOf.isEmpty()) {
			hits.set(0, maxDoc);
			return hits;
		}
		for (Query alternative : anyOf) {
			Scorer scorer = searcher.createWeight(alternative, ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
			if (scorer == null) {
				continue;
			}
			DocIdSetIterator docs = scorer.iterator();
			if (docs.cost() * COMMON_SHARE > maxDoc) {
				hits.or(wordBits.bits(searcher, leaf, alternative));
			}
			else {
				hits.or(docs);
			}
		}
		return hits;
	}

	/** Counts a field's rare values from each value's documents. */
	private static void countByValue(FieldValues values, FixedBitSet hits, int[] counts) {
		for (int i = 0; i < values.rareNumbers().length; i++) {
			int count = 0;
			for (int doc : values.rareDocs()[i]) {
				if (hits.get(doc)) {
					count++;
				}
			}
			counts[values.rareNumbers()[i]] += count;
		}
	}

	/**
	 * Adds {@code by} to the count of each rare value, of every field, of each of the
	 * documents.
	 */
	private static void countEach(Segment segment, FixedBitSet documents, int by, int[][] counts) {
		int[] start = segment.start();
		int[] codes = segment.codes();
		int maxDoc = documents.length();
		for (int doc = documents.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = doc + 1 < maxDoc
				? documents.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
			for (int i = start[doc]; i < start[doc + 1]; i++) {
				counts[codes[i] / FIELD_CODE][codes[i] % FIELD_CODE] += by;
			}
		}
	}

	private synchronized String value(int field, int number) {
		return values.get(field).get(number);
	}

	private synchronized int number(int field, String value) {
		return numbers.get(field).computeIfAbsent(value, each -> {
			if (values.get(field).size() == FIELD_CODE - 1) {
				throw new IllegalStateException("More than " + (FIELD_CODE - 1) + " values of " + fields.get(field));
			}
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
		FieldValues[] read = new FieldValues[fields.size()];
		int[] start = new int[maxDoc + 1];
		for (int f = 0; f < fields.size(); f++) {
			SortedSetDocValues docValues = DocValues.getSortedSet(leaf, fields.get(f));
			int valueCount = (int) docValues.getValueCount();
			int[] toNumber = new int[valueCount];
			for (int ord = 0; ord < valueCount; ord++) {
				toNumber[ord] = number(f, docValues.lookupOrd(ord).utf8ToString());
			}
			int[][] docsByOrd = new int[valueCount][];
			int[] held = new int[valueCount];
			for (int doc = 0; doc < maxDoc; doc++) {
				if (docValues.advanceExact(doc)) {
					for (int i = 0; i < docValues.docValueCount(); i++) {
						int ord = (int) docValues.nextOrd();
						if (docsByOrd[ord] == null) {
							docsByOrd[ord] = new int[8];
						}
						else if (held[ord] == docsByOrd[ord].length) {
							docsByOrd[ord] = Arrays.copyOf(docsByOrd[ord], held[ord] * 2);
						}
						docsByOrd[ord][held[ord]++] = doc;
					}
				}
			}
			List<Integer> common = new ArrayList<>();
			List<Integer> rare = new ArrayList<>();
			for (int ord = 0; ord < valueCount; ord++) {
				if (held[ord] == 0) {
					continue;
				}
				(held[ord] * COMMON_SHARE > maxDoc ? common : rare).add(ord);
			}
			FixedBitSet[] commonBits = new FixedBitSet[common.size()];
			for (int i = 0; i < commonBits.length; i++) {
				int ord = common.get(i);
				commonBits[i] = new FixedBitSet(maxDoc);
				for (int j = 0; j < held[ord]; j++) {
					commonBits[i].set(docsByOrd[ord][j]);
				}
			}
			int[][] rareDocs = new int[rare.size()][];
			for (int i = 0; i < rareDocs.length; i++) {
				int ord = rare.get(i);
				rareDocs[i] = Arrays.copyOf(docsByOrd[ord], held[ord]);
				for (int doc : rareDocs[i]) {
					start[doc + 1]++;
				}
			}
			read[f] = new FieldValues(common.stream().mapToInt(ord -> toNumber[ord]).toArray(), commonBits,
					rare.stream().mapToInt(ord -> toNumber[ord]).toArray(), rareDocs);
		}
		for (int doc = 0; doc < maxDoc; doc++) {
			start[doc + 1] += start[doc];
		}
		int[] codes = new int[start[maxDoc]];
		int[] next = Arrays.copyOf(start, maxDoc);
		for (int f = 0; f < read.length; f++) {
			for (int i = 0; i < read[f].rareNumbers().length; i++) {
				int code = f * FIELD_CODE + read[f].rareNumbers()[i];
				for (int doc : read[f].rareDocs()[i]) {
					codes[next[doc]++] = code;
				}
			}
		}
		return new Segment(read, start, codes);
	}

}
