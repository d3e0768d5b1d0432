package org.copro.engines.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.copro.engines.InvalidInputException;
import org.junit.jupiter.api.Test;

class SortitionCsvTests {

	private static final Path CATEGORIES = Path.of("categories.csv");

	private static final Path RESPONDENTS = Path.of("respondents.csv");

	private static List<Quota> quotas(String csv) throws IOException {
		return SortitionCsv.readCategories(new StringReader(csv), CATEGORIES);
	}

	private static List<Respondent> respondents(List<Quota> quotas, String csv) throws IOException {
		return SortitionCsv.readRespondents(new StringReader(csv), RESPONDENTS, quotas, null, null);
	}

	@Test
	void readsTheCurrentLayoutAndTheOlderFeatureColumn() throws IOException {
		List<Quota> current = quotas("category,name,min,max\ngender,female,2,3\ngender,male,1,3\n");
		List<Quota> older = quotas("\uFEFFcategory,feature,min,max\r\ngender,female,2,3\r\n\r\ngender,male,1,3");

		assertThat(current).containsExactly(new Quota("gender", "female", 2, 3), new Quota("gender", "male", 1, 3));
		assertThat(older).isEqualTo(current);
	}

	@Test
	void readsTheSortitionAlgorithmsLayoutAndIgnoresFlexColumns() throws IOException {
		List<Quota> quotas = SortitionCsv.readCategories(Fixtures.resource("households/categories.csv"));

		assertThat(quotas).hasSize(4).first().isEqualTo(new Quota("gender", "female", 2, 2));
	}

	@Test
	void readsRespondentsWithAnIdColumnAndExtraColumns() throws IOException {
		List<Quota> quotas = SortitionCsv.readCategories(Fixtures.resource("tiny/categories.csv"));
		List<Respondent> pool = SortitionCsv.readRespondents(Fixtures.resource("tiny/respondents.csv"), quotas, null,
				null);

		assertThat(pool).hasSize(9);
		assertThat(pool.get(0).id()).isEqualTo("a1");
		assertThat(pool.get(0).features()).containsEntry("gender", "female")
			.containsEntry("age", "young")
			.containsEntry("area", "north")
			.doesNotContainKey("note");
		assertThat(pool.get(0).household()).isNull();
	}

	@Test
	void numbersRowsWhenEveryColumnIsACategory() throws IOException {
		List<Quota> quotas = quotas("category,name,min,max\ngender,female,0,1\ngender,male,0,1\n");

		List<Respondent> pool = respondents(quotas, "gender\nfemale\nmale\n");

		assertThat(pool).extracting(Respondent::id).containsExactly("1", "2");
	}

	@Test
	void groupsSameAddressIntoHouseholdsButNeverBlankAddresses() throws IOException {
		List<Quota> quotas = SortitionCsv.readCategories(Fixtures.resource("households/categories.csv"));
		List<Respondent> pool = SortitionCsv.readRespondents(Fixtures.resource("households/respondents.csv"), quotas,
				null, null);

		assertThat(pool.get(0).household()).isNotNull().isEqualTo(pool.get(1).household());
		assertThat(pool.get(2).household()).isNotNull().isEqualTo(pool.get(3).household());
		assertThat(pool.get(5).household()).isNull();
		assertThat(pool.get(6).household()).isNull();
		assertThat(pool.get(7).household()).isNotEqualTo(pool.get(8).household());
	}

	@Test
	void noAddressColumnsMeansNoHouseholds() throws IOException {
		List<Quota> quotas = SortitionCsv.readCategories(Fixtures.resource("households/categories.csv"));
		List<Respondent> pool = SortitionCsv.readRespondents(Fixtures.resource("households/respondents.csv"), quotas,
				"nationbuilder_id", List.of());

		assertThat(pool).allSatisfy(respondent -> assertThat(respondent.household()).isNull());
	}

	@Test
	void reportsBadQuotasWithFileAndLine() {
		assertThatThrownBy(() -> quotas("category,name,min,max\ngender,female,2,3\ngender,male,three,4\n"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("categories.csv:3: min must be a whole number, found 'three'");
		assertThatThrownBy(() -> quotas("category,name,min,max\ngender,female,4,3\n"))
			.hasMessage("categories.csv:2: max 3 is below min 4 for gender/female");
		assertThatThrownBy(() -> quotas("category,name,min,max\ngender,female,1,3\ngender,female,1,2\n"))
			.hasMessage("categories.csv:3: gender/female is listed twice (first on line 2)");
		assertThatThrownBy(() -> quotas("group,label,min,max\n"))
			.hasMessageStartingWith("categories.csv:1: expected a header");
	}

	@Test
	void reportsBadRespondentsWithFileAndLine() throws IOException {
		List<Quota> quotas = quotas("category,name,min,max\ngender,female,0,1\ngender,male,0,1\n");

		assertThatThrownBy(() -> respondents(quotas, "id,gender\np1,female\np2,other\n")).hasMessage(
				"respondents.csv:3: respondent 'p2' answers 'other' for 'gender', which has no quota in the categories file");
		assertThatThrownBy(() -> respondents(quotas, "id,gender\np1,female\np1,male\n"))
			.hasMessage("respondents.csv:3: respondent id 'p1' is used twice (first on line 2)");
		assertThatThrownBy(() -> respondents(quotas, "id,sex\np1,female\n"))
			.hasMessage("respondents.csv:1: no column for category 'gender'");
		assertThatThrownBy(() -> respondents(quotas, "id,gender\np1,female,extra\n"))
			.hasMessage("respondents.csv:2: expected 2 fields, found 3");
	}

}
