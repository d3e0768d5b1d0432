package org.copro.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The queries that an analyser makes of one text for several fields, the text analysed
 * once: the query for the first field is remade with the other field's name, since the
 * knowledge index's analysers do not depend on the field. A query of a kind that cannot
 * be remade so is made afresh.
 */
final class OnceAnalysed {

	private record Made(String field, @Nullable Query query) {
	}

	private final Map<String, Made> made = new HashMap<>();

	/** A query for a field, made by the given maker for its first field. */
	@Nullable Query query(String field, String key, java.util.function.Function<String, @Nullable Query> maker) {
		Made first = made.get(key);
		if (first == null) {
			Query query = maker.apply(field);
			made.put(key, new Made(field, query));
			return query;
		}
		if (first.query() == null || first.field().equals(field)) {
			return first.query();
		}
		Query moved = inField(first.query(), field);
		return moved != null ? moved : maker.apply(field);
	}

	/** The query with every term in the given field, or null when it has other kinds. */
	static @Nullable Query inField(Query query, String field) {
		if (query instanceof TermQuery term) {
			return new TermQuery(new Term(field, term.getTerm().bytes()));
		}
		if (query instanceof BoostQuery boosted) {
			Query inner = inField(boosted.getQuery(), field);
			return inner == null ? null : new BoostQuery(inner, boosted.getBoost());
		}
		if (query instanceof SynonymQuery synonyms) {
			SynonymQuery.Builder moved = new SynonymQuery.Builder(field);
			synonyms.getTerms().forEach(term -> moved.addTerm(new Term(field, term.bytes())));
			return moved.build();
		}
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder moved = new BooleanQuery.Builder()
				.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			List<BooleanClause> clauses = bool.clauses();
			for (BooleanClause clause : clauses) {
				Query inner = inField(clause.getQuery(), field);
				if (inner == null) {
					return null;
				}
				moved.add(inner, clause.getOccur());
			}
			return moved.build();
		}
		return null;
	}

}
