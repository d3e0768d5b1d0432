package org.copro.sortition;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaTableTests {

	@Test
	void readsTheSortitionFoundationLayoutWithAPopulationColumn() {
		QuotaTable.Result result = QuotaTable.parse("""
				category,name,min,max,population\r
				gender, woman ,2,3,51200\r
				\r
				gender,man,2,3,48800\r
				""", 5);
		assertThat(result.problems()).isEmpty();
		assertThat(result.quotas()).extracting(QuotaTarget::answer).containsExactly("woman", "man");
		assertThat(result.quotas().getFirst().population()).isEqualTo(51200);
		assertThat(QuotaTable.format(result.quotas())).isEqualTo("gender,woman,2,3,51200\ngender,man,2,3,48800\n");
	}

	@Test
	void numbersEveryProblemByItsLineCountingBlankLines() {
		QuotaTable.Result result = QuotaTable.parse("gender,woman,1,2,5\n\ngender,man,-1,2,5\nid,x,1,1,1\n,x,1,1,1\n"
				+ "age,old,1,1,many\ngender,woman,0,1,1", null);
		assertThat(result.quotas()).as("nothing is kept from a table with problems").isEmpty();
		assertThat(result.problems()).extracting(QuotaTable.Problem::code)
			.containsExactly("sortition.quotas.min-max", "sortition.quotas.name-reserved",
					"sortition.quotas.name-empty", "sortition.quotas.population", "sortition.quotas.twice");
		assertThat(result.problems()).extracting(problem -> problem.arguments()[0]).containsExactly(3, 4, 5, 6, 7);
		assertThat(result.problems().getLast().arguments()).containsExactly(7, "gender", "woman", 1);
	}

	@Test
	void eachCategoryMustLeaveRoomForThePanel() {
		QuotaTable.Result result = QuotaTable
			.parse("gender,woman,3,3,1\ngender,man,3,3,1\nage,young,0,1,1\nage,old,0,1,1", 4);
		assertThat(result.problems()).extracting(QuotaTable.Problem::code)
			.containsExactly("sortition.quotas.min-total", "sortition.quotas.max-total");
		assertThat(result.problems().getFirst().arguments()).containsExactly("gender", 6, 4);
		assertThat(QuotaTable.parse("", 4).problems()).extracting(QuotaTable.Problem::code)
			.isEqualTo(List.of("sortition.quotas.required"));
	}

}
