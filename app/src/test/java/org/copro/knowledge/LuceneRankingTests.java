package org.copro.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking on Lucene finds what a plain filtered search finds, whether a filter lets
 * most entries through (checked as hits are collected) or few (a clause of the query),
 * and its pages agree with each other.
 */
class LuceneRankingTests {

	/**
	 * "citizens jury" has synonyms of one word (minipublic) and of several (mini public,
	 * planning cell, consensus conference, citizens panel…): each of several words counts
	 * through its rarest word.
	 */
	@Test
	void aSynonymOfSeveralWordsCountsThroughItsRarestWord() {
		Map<String, Long> entries = Map.of("mini", 3L, "public", 900L, "plan", 500L, "cell", 7L, "consensu", 40L,
				"confer", 20L);
		Map<String, Float> terms = LuceneRanking.synonymsAnywhere("citizens jury",
				term -> entries.getOrDefault(term, 100L));
		assertThat(terms).containsKeys("minipubl", "mini", "cell", "confer")
			.doesNotContainKeys("public", "plan", "consensu");
		assertThat(LuceneRanking.wordsOfLongSynonyms("citizens jury")).contains("mini", "public", "plan", "cell")
			.doesNotContain("minipubl");
		// The spellings of one word count each as themselves.
		assertThat(LuceneRanking.synonymsAnywhere("neighbourhood", term -> 1L)).containsKeys("neighbourhood",
				"neighborhood", "cymdogaeth");
	}

	@Test
	void typosFindTheTermsThatPlainFuzzyQueriesFind() throws IOException {
		Random random = new Random(5);
		String[] words = { "budget", "budgets", "budge", "bridget", "panel", "panels", "penal", "planet", "jury",
				"journey", "participatory", "participating", "health", "heath" };
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (int i = 0; i < 900; i++) {
				Document document = new Document();
				for (String field : LuceneRanking.TYPO_FIELDS) {
					StringBuilder text = new StringBuilder();
					for (int w = random.nextInt(4); w > 0; w--) {
						text.append(words[random.nextInt(words.length)]).append(' ');
					}
					document.add(new TextField(field, text.toString(), Field.Store.NO));
				}
				writer.addDocument(document);
				if (i % 300 == 299) {
					writer.commit();
				}
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				List<String> unknown = List.of("budgit", "panell", "particpatory", "jurney");
				List<Query> expected = new ArrayList<>();
				for (String word : unknown) {
					for (String term : Snippets.terms(KnowledgeAnalysis.ENGLISH, word)) {
						for (String field : LuceneRanking.TYPO_FIELDS) {
							expected.add(searcher.rewrite(new FuzzyQuery(new Term(field, term),
									LuceneRanking.maxEdits(word), LuceneRanking.TYPO_PREFIX)));
						}
					}
				}
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				// Three of the four words are within reach of terms in every field.
				assertThat(expected).filteredOn(query -> !(query instanceof MatchNoDocsQuery)).hasSize(12);
				assertThat(LuceneRanking.typos(reader, unknown)).isEqualTo(expected);
			}
		}
	}

	@Test
	void ranksAsAPlainFilteredSearchAndPagesAgree() throws IOException {
		Random random = new Random(11);
		String[] words = { "budget", "jury", "panel", "health", "care", "youth" };
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (int i = 0; i < 2000; i++) {
				StringBuilder text = new StringBuilder();
				for (int w = 1 + random.nextInt(12); w > 0; w--) {
					text.append(words[random.nextInt(words.length)]).append(' ');
				}
				Document document = new Document();
				document.add(new TextField("title", text.toString(), Field.Store.NO));
				document.add(new StringField("status", i % 10 == 0 ? "draft" : "published", Field.Store.NO));
				document.add(new StringField("type", i % 50 == 1 ? "guide" : "case", Field.Store.NO));
				document.add(new BinaryDocValuesField(LuceneRanking.ID_FIELD, new BytesRef(String.valueOf(1000 + i))));
				writer.addDocument(document);
				if (i % 600 == 599) {
					writer.commit();
				}
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				Query query = new BooleanQuery.Builder()
					.add(new BoostQuery(new TermQuery(new Term("title", "budget")), 2f), BooleanClause.Occur.SHOULD)
					.add(new TermQuery(new Term("title", "jury")), BooleanClause.Occur.SHOULD)
					.build();
				LuceneRanking.Ranking ranking = new LuceneRanking.Ranking(query, null);
				Query published = new TermQuery(new Term("status", "published"));
				Query guides = new TermQuery(new Term("type", "guide"));
				for (List<Query> filters : List.of(List.of(published), List.of(published, guides))) {
					List<Long> expected = plainSearch(reader, query, filters, 20);
					FilterBits bits = new FilterBits(1 << 20);
					LuceneRanking.Ranked first = LuceneRanking.rank(reader, ranking, filters, bits, 0, 20);
					LuceneRanking.Ranked second = LuceneRanking.rank(reader, ranking, filters, bits, 10, 10);
					assertThat(first.ids()).as(filters.toString()).isEqualTo(expected).isNotEmpty();
					assertThat(second.ids())
						.isEqualTo(first.ids().subList(Math.min(10, first.ids().size()), first.ids().size()));
				}
			}
		}
	}

	private static List<Long> plainSearch(DirectoryReader reader, Query query, List<Query> filters, int size)
			throws IOException {
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
		filters.forEach(filter -> filtered.add(filter, BooleanClause.Occur.FILTER));
		IndexSearcher searcher = new IndexSearcher(reader);
		List<Long> ids = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(filtered.build(), size).scoreDocs) {
			LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(hit.doc, reader.leaves()));
			var values = DocValues.getBinary(leaf.reader(), LuceneRanking.ID_FIELD);
			values.advanceExact(hit.doc - leaf.docBase);
			ids.add(Long.parseLong(values.binaryValue().utf8ToString()));
		}
		return ids;
	}

}
