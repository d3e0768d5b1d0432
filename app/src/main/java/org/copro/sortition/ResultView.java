package org.copro.sortition;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;

/**
 * What the public result page shows: each category's target against the panel, and the
 * chances of selection in aggregate only.
 */
record ResultView(int poolSize, int panelSize, Chances overall, List<CategoryResult> categories,
		List<Integer> firstDraw) {

	/**
	 * Smallest, mean and largest chance of selection within a group of volunteers (empty
	 * group: zeros).
	 */
	record Chances(int people, double min, double mean, double max) {

		static Chances of(List<Double> probabilities) {
			if (probabilities.isEmpty()) {
				return new Chances(0, 0, 0, 0);
			}
			DoubleSummaryStatistics statistics = probabilities.stream()
				.mapToDouble(Double::doubleValue)
				.summaryStatistics();
			return new Chances(probabilities.size(), statistics.getMin(), statistics.getAverage(), statistics.getMax());
		}
	}

	record AnswerResult(String answer, int min, int max, long population, double populationShare, int pool, int panel,
			Chances chances) {

		public boolean withinTarget() {
			return panel >= min && panel <= max;
		}
	}

	record CategoryResult(String category, List<AnswerResult> answers) {
	}

	static ResultView of(Recruitment recruitment, List<Volunteer> volunteers) {
		List<Volunteer> pool = volunteers.stream().filter(v -> v.probability() != null).toList();
		List<Volunteer> panel = volunteers.stream().filter(v -> v.status().onPanel()).toList();
		List<CategoryResult> categories = new ArrayList<>();
		for (Map.Entry<String, List<QuotaTarget>> category : recruitment.categories().entrySet()) {
			long population = category.getValue().stream().mapToLong(QuotaTarget::population).sum();
			List<AnswerResult> answers = new ArrayList<>();
			for (QuotaTarget quota : category.getValue()) {
				List<Volunteer> alike = pool.stream()
					.filter(v -> quota.answer().equals(v.answer(category.getKey())))
					.toList();
				int seated = (int) panel.stream()
					.filter(v -> quota.answer().equals(v.answer(category.getKey())))
					.count();
				answers.add(new AnswerResult(quota.answer(), quota.min(), quota.max(), quota.population(),
						population == 0 ? 0 : 100.0 * quota.population() / population, alike.size(), seated,
						Chances.of(alike.stream().map(Volunteer::probability).toList())));
			}
			categories.add(new CategoryResult(category.getKey(), answers));
		}
		return new ResultView(pool.size(), panel.size(), Chances.of(pool.stream().map(Volunteer::probability).toList()),
				categories,
				volunteers.stream().filter(Volunteer::firstDraw).map(Volunteer::poolNumber).sorted().toList());
	}
}
