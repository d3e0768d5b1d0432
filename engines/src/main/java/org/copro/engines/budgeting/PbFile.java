package org.copro.engines.budgeting;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

/**
 * A participatory budgeting election in the pabulib {@code .pb} format: its META
 * key/values, its PROJECTS and its VOTES, as read (see {@link PbReader}) or to be written
 * (see {@link PbWriter}).
 *
 * <p>
 * Format: Faliszewski et al., "Participatory Budgeting: Data, Tools, and Analysis", IJCAI
 * 2023, and pabulib.org/format.
 *
 * @param meta the META section, in file order
 * @param projectColumns the PROJECTS header
 * @param projects the projects, in file order
 * @param voteColumns the VOTES header
 * @param votes the ballots, in file order
 * @param limitViolations ballots or counts that break the file's own META limits, in line
 * order
 */
public record PbFile(Map<String, String> meta, List<String> projectColumns, List<PbProject> projects,
		List<String> voteColumns, List<PbVote> votes, List<LimitViolation> limitViolations) {

	/** A place where the file breaks a limit that its own META declares. */
	public record LimitViolation(int line, String problem) {
	}

	public PbFile {
		meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
		projectColumns = List.copyOf(projectColumns);
		projects = List.copyOf(projects);
		voteColumns = List.copyOf(voteColumns);
		votes = List.copyOf(votes);
		limitViolations = List.copyOf(limitViolations);
	}

	/** The total budget from META. */
	public BigDecimal budget() {
		return new BigDecimal(meta.get("budget").trim());
	}

	/** The ballot format; pabulib's default is approval. */
	public VoteType voteType() {
		String type = meta.get("vote_type");
		return type == null ? VoteType.APPROVAL : VoteType.fromLabel(type);
	}

	/** The rule the city used, as META names it, or {@code "unknown"}. */
	public String rule() {
		String rule = meta.get("rule");
		return rule == null || rule.isBlank() ? "unknown" : rule.trim();
	}

	/** A whole-number META value, or empty when absent or blank. */
	public OptionalLong metaLong(String key) {
		String value = meta.get(key);
		if (value == null || value.isBlank()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(new BigDecimal(value.trim()).longValueExact());
	}

	/** A META value, or {@code null}. */
	public @Nullable String metaValue(String key) {
		return meta.get(key);
	}

	/** A copy with other ballots (for tests and for data written by the platform). */
	public PbFile withVotes(List<PbVote> newVotes) {
		return new PbFile(meta, projectColumns, projects, voteColumns, newVotes, List.of());
	}
}
