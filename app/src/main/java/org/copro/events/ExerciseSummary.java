package org.copro.events;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The answers to each exercise question, grouped: answers that read the same once
 * normalised (case, accents, punctuation, word order and small words set aside) form one
 * group with a count, and the facilitator's themes gather groups together.
 */
record ExerciseSummary(List<QuestionSummary> questions) {

	private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "for", "is",
			"are", "be", "it", "we", "our", "more", "y", "yr", "a'r", "ac", "i", "o", "ar", "yn", "mae", "bod");

	record QuestionSummary(Question question, int answerCount, List<Group> groups, List<Theme> themes) {
	}

	/**
	 * Answers that say the same thing: the first wording heard and its language, how many
	 * said it, its theme, and every wording heard.
	 */
	record Group(String key, String text, String language, int count, @Nullable String theme, List<Wording> wordings) {

		/** The wordings heard after the first. */
		public List<Wording> others() {
			return wordings.subList(1, wordings.size());
		}

	}

	/** One way an answer was worded, and the language it is written in. */
	record Wording(String text, String language) {
	}

	record Theme(String name, int count) {
	}

	static ExerciseSummary of(List<Question> questions, List<Answer> answers) {
		List<QuestionSummary> summaries = new ArrayList<>();
		for (Question question : questions) {
			Map<String, List<Answer>> grouped = new LinkedHashMap<>();
			answers.stream()
				.filter(a -> a.questionId() == question.id())
				.forEach(a -> grouped.computeIfAbsent(normalise(a.text()), key -> new ArrayList<>()).add(a));
			List<Group> groups = grouped.entrySet().stream().map(entry -> {
				List<Answer> same = entry.getValue();
				String theme = same.stream().map(Answer::theme).filter(t -> t != null).findFirst().orElse(null);
				Map<String, Wording> wordings = new LinkedHashMap<>();
				same.forEach(a -> wordings.putIfAbsent(a.text(), new Wording(a.text(), a.language())));
				return new Group(entry.getKey(), same.getFirst().text(), same.getFirst().language(), same.size(), theme,
						List.copyOf(wordings.values()));
			}).sorted((a, b) -> Integer.compare(b.count(), a.count())).toList();
			Map<String, Integer> themes = new TreeMap<>();
			groups.stream()
				.filter(g -> g.theme() != null)
				.forEach(g -> themes.merge(g.theme(), g.count(), Integer::sum));
			List<Theme> themeList = themes.entrySet()
				.stream()
				.map(e -> new Theme(e.getKey(), e.getValue()))
				.sorted((a, b) -> Integer.compare(b.count(), a.count()))
				.toList();
			int total = groups.stream().mapToInt(Group::count).sum();
			summaries.add(new QuestionSummary(question, total, groups, themeList));
		}
		return new ExerciseSummary(summaries);
	}

	/** The form in which two answers that say the same thing are equal. */
	static String normalise(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		List<String> words = Arrays.stream(plain.split("[^\\p{L}\\p{N}']+"))
			.map(word -> word.replaceAll("^'+|'+$", ""))
			.filter(word -> !word.isEmpty())
			.toList();
		List<String> meaningful = words.stream().filter(word -> !SMALL_WORDS.contains(word)).toList();
		List<String> kept = meaningful.isEmpty() ? words : meaningful;
		return kept.stream().distinct().sorted().collect(Collectors.joining(" "));
	}
}
