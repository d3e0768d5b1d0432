package org.copro.budgeting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A process saved before areas existed moves, with its projects and ballots, into one
 * area named after it.
 */
class BudgetingMigrationTests {

	@Test
	void aSingleBudgetProcessBecomesOneDefaultArea() throws Exception {
		migrate("jdbc:h2:mem:pb-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "",
				null);
	}

	/**
	 * On the PostgreSQL the suite runs against (COPRO_DB_URL), in a schema of its own
	 * that is dropped after.
	 */
	@Test
	@org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = "COPRO_DB_URL",
			matches = "jdbc:postgresql:.*")
	void theSameMigrationRunsOnPostgresql() throws Exception {
		String url = System.getenv("COPRO_DB_URL");
		String user = System.getenv().getOrDefault("COPRO_DB_USER", "");
		String password = System.getenv().getOrDefault("COPRO_DB_PASSWORD", "");
		String schema = "pb_migration_" + UUID.randomUUID().toString().replace("-", "");
		try {
			migrate(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password, schema);
		}
		finally {
			try (Connection db = DriverManager.getConnection(url, user, password);
					Statement sql = db.createStatement()) {
				sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			}
		}
	}

	private static void migrate(String url, String user, String password, String schema) throws Exception {
		org.flywaydb.core.api.configuration.FluentConfiguration flyway = Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration");
		if (schema != null) {
			flyway = flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
		}
		flyway.target("902").load().migrate();
		try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
			sql.execute("INSERT INTO pb_process (id, title, description, budget, currency, min_projects, max_projects,"
					+ " counting_rule, status, organiser_id, created_at, version) VALUES (41, 'Riverside', 'Park', 900,"
					+ " 'GBP', 1, 2, 'MES', 'VOTING', 7, CURRENT_TIMESTAMP, 0)");
			sql.execute("INSERT INTO pb_project (id, process_id, title, description, cost, created_at) VALUES"
					+ " (51, 41, 'Benches', 'By the river', 300, CURRENT_TIMESTAMP)");
			sql.execute("INSERT INTO pb_ballot (id, process_id, voter_id, cast_at, changed_at, version) VALUES"
					+ " (61, 41, 8, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
			sql.execute("INSERT INTO pb_ballot_choice (ballot_id, project_id) VALUES (61, 51)");
		}

		flyway.target("latest").load().migrate();

		try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
			long heading;
			try (ResultSet row = sql.executeQuery("SELECT id, name, budget FROM pb_heading WHERE process_id = 41")) {
				assertThat(row.next()).isTrue();
				heading = row.getLong("id");
				assertThat(row.getString("name")).isEqualTo("Riverside");
				assertThat(row.getLong("budget")).isEqualTo(900);
				assertThat(row.next()).isFalse();
			}
			assertThat(single(sql, "SELECT heading_id FROM pb_project WHERE id = 51")).isEqualTo(heading);
			assertThat(single(sql, "SELECT heading_id FROM pb_ballot WHERE id = 61")).isEqualTo(heading);
			assertThat(single(sql, "SELECT points FROM pb_ballot_choice WHERE ballot_id = 61")).isEqualTo(1);
			try (ResultSet row = sql.executeQuery("SELECT ballot_type, status FROM pb_process WHERE id = 41")) {
				assertThat(row.next()).isTrue();
				assertThat(row.getString("ballot_type")).isEqualTo("APPROVAL");
				assertThat(row.getString("status")).isEqualTo("VOTING");
			}
			// Still one ballot per voter: now per area.
			assertThatThrownBy(() -> sql.execute("INSERT INTO pb_ballot (process_id, heading_id, voter_id, cast_at,"
					+ " changed_at, version) VALUES (41, " + heading + ", 8, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)"))
				.isInstanceOf(SQLException.class);
		}
	}

	private static long single(Statement sql, String query) throws SQLException {
		try (ResultSet row = sql.executeQuery(query)) {
			assertThat(row.next()).isTrue();
			return row.getLong(1);
		}
	}

}
