package org.copro.knowledge;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of one segment that pass some filters, as bit sets kept while the segment
 * lives: filters (published, a chosen type) hold for a document as long as it exists, and
 * the same few come back in every search. A set is a few kilobytes; old segments' sets
 * fall out as new ones come.
 */
final class FilterBits {

	private final long maxBytes;

	private long bytes;

	private final Map<Key, FixedBitSet> kept = new LinkedHashMap<>(64, 0.75f, true);

	/** Keeps sets up to the given size in all. */
	FilterBits(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	private record Key(Object segment, Query filter) {
	}

	/** The documents of the segment that pass every filter; not to be changed. */
	FixedBitSet passing(IndexSearcher searcher, LeafReaderContext leaf, List<Query> filters) throws IOException {
		if (filters.size() == 1) {
			return bits(searcher, leaf, filters.get(0));
		}
		FixedBitSet all = new FixedBitSet(leaf.reader().maxDoc());
		all.set(0, all.length());
		for (Query filter : filters) {
			all.and(bits(searcher, leaf, filter));
		}
		return all;
	}

	/** The documents of the segment that match the query; not to be changed. */
	FixedBitSet bits(IndexSearcher searcher, LeafReaderContext leaf, Query filter) throws IOException {
		var helper = leaf.reader().getCoreCacheHelper();
		Key key = new Key(helper == null ? leaf.reader() : helper.getKey(), filter);
		synchronized (kept) {
			FixedBitSet known = kept.get(key);
			if (known != null) {
				return known;
			}
		}
		FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
		Scorer scorer = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
		if (scorer != null) {
			bits.or(scorer.iterator());
		}
		synchronized (kept) {
			if (kept.put(key, bits) == null) {
				bytes += bits.ramBytesUsed();
			}
			var eldest = kept.values().iterator();
			while (bytes > maxBytes && eldest.hasNext()) {
				FixedBitSet dropped = eldest.next();
				if (dropped != bits) {
					bytes -= dropped.ramBytesUsed();
					eldest.remove();
				}
			}
		}
		return bits;
	}

}
