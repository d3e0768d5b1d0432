package org.copro.knowledge;

/**
 * How much a match in each field, and each kind of match, counts towards an entry's
 * score.
 */
record RelevanceWeights(float title, float keywords, float summary, float body, float places, float approaches,
		float serviceAreas, float synonyms, float welsh, float typos, float allWords, float phrase, float combined,
		float fields, float allWordsOrSynonyms) {

	static final RelevanceWeights DEFAULT = new RelevanceWeights(3f, 1.5f, 2f, 1f, 3f, 1.5f, 0.5f, 0.2f, 0.5f, 0.2f, 1f,
			3f, 2f, 0.3f, 2f);

}
