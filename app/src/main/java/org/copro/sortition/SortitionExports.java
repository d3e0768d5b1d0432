package org.copro.sortition;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The CSV files: the pool and the panel with personal data for the organisers, and the
 * quotas and the anonymised pool that anyone can feed to {@code ./copro sortition select}
 * to repeat the draw.
 */
final class SortitionExports {

	private SortitionExports() {
	}

	/**
	 * The quotas in the Sortition Foundation layout; the engine ignores the extra
	 * population column.
	 */
	static String categories(Recruitment recruitment) {
		StringBuilder csv = new StringBuilder("category,name,min,max,population\n");
		for (QuotaTarget quota : recruitment.quotas()) {
			csv.append(field(quota.category()))
				.append(',')
				.append(field(quota.answer()))
				.append(',')
				.append(quota.min())
				.append(',')
				.append(quota.max())
				.append(',')
				.append(quota.population())
				.append('\n');
		}
		return csv.toString();
	}

	/**
	 * Pool numbers and answers only, in pool order; the address columns hold an anonymous
	 * number for each household that two or more volunteers share, so that a re-run
	 * applies the same rule.
	 */
	static String anonymisedPool(Recruitment recruitment, List<Volunteer> pool) {
		List<String> categories = List.copyOf(recruitment.categories().keySet());
		StringBuilder csv = new StringBuilder("id");
		categories.forEach(category -> csv.append(',').append(field(category)));
		csv.append(",primary_address1,primary_zip\n");
		for (Volunteer volunteer : pool) {
			csv.append(volunteer.publicId());
			categories.forEach(category -> csv.append(',').append(field(volunteer.answer(category))));
			Integer group = volunteer.householdGroup();
			csv.append(',').append(group == null ? "" : group.toString()).append(",\n");
		}
		return csv.toString();
	}

	/**
	 * Everything the organisers hold about each volunteer in {@code people}: personal
	 * data.
	 */
	static String volunteers(Recruitment recruitment, List<Volunteer> people) {
		List<String> categories = List.copyOf(recruitment.categories().keySet());
		StringBuilder csv = new StringBuilder("pool_number,name,contact,access_needs,household");
		categories.forEach(category -> csv.append(',').append(field(category)));
		csv.append(",consent_selection,consent_contact,status,probability,registered_at\n");
		for (Volunteer volunteer : people) {
			csv.append(volunteer.publicId())
				.append(',')
				.append(text(volunteer.name()))
				.append(',')
				.append(text(volunteer.contact()))
				.append(',')
				.append(text(volunteer.accessNeeds()))
				.append(',')
				.append(text(volunteer.household()));
			Map<String, String> answers = volunteer.answers();
			categories.forEach(category -> csv.append(',').append(field(answers.getOrDefault(category, ""))));
			csv.append(',')
				.append(volunteer.consentSelection())
				.append(',')
				.append(volunteer.consentContact())
				.append(',')
				.append(volunteer.status().name().toLowerCase(Locale.ROOT))
				.append(',')
				.append(volunteer.probability() == null ? ""
						: String.format(Locale.ROOT, "%.6f", volunteer.probability()))
				.append(',')
				.append(volunteer.registeredAt())
				.append('\n');
		}
		return csv.toString();
	}

	/**
	 * Free text typed by a person: a leading formula character is defused before a
	 * spreadsheet sees it.
	 */
	private static String text(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return field(safe);
	}

	private static String field(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

}
