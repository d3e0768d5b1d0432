package org.copro.decisions;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * One person's vote on one decision: a position (proposal, consent, sense check) or an
 * answer per option (polls: option index to 1 for approval, a score, dots, a rank, or
 * 2/1/0 for yes/if need be/no), and a reason. When the voter deletes their account the
 * vote keeps counting but no longer says whose it was.
 */
@Entity
@Table(name = "decisions_vote")
class DecisionVote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long decisionId;

	private @Nullable Long voterId;

	private @Nullable String position;

	private String answer = "";

	private @Nullable String reason;

	private String language = "en";

	private Instant castAt = Instant.now();

	private Instant changedAt = Instant.now();

	@Version
	private long version;

	protected DecisionVote() {
	}

	DecisionVote(long decisionId, AccountId voter, @Nullable String position, Map<Integer, Integer> answer,
			@Nullable String reason, String language) {
		this.decisionId = decisionId;
		this.voterId = voter.value();
		change(position, answer, reason, language);
		this.changedAt = castAt;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("DecisionVote not saved yet");
		}
		return id;
	}

	long decisionId() {
		return decisionId;
	}

	@Nullable AccountId voter() {
		return voterId == null ? null : new AccountId(voterId);
	}

	public @Nullable String position() {
		return position;
	}

	/** The answer per option index, in option order. */
	public Map<Integer, Integer> answer() {
		Map<Integer, Integer> values = new TreeMap<>();
		if (!answer.isEmpty()) {
			for (String pair : answer.split(",")) {
				String[] parts = pair.split(":");
				values.put(Integer.valueOf(parts[0]), Integer.valueOf(parts[1]));
			}
		}
		return values;
	}

	public @Nullable String reason() {
		return reason;
	}

	/** The language the reason is written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	public Instant castAt() {
		return castAt;
	}

	public Instant changedAt() {
		return changedAt;
	}

	void change(@Nullable String newPosition, Map<Integer, Integer> newAnswer, @Nullable String newReason,
			String newLanguage) {
		position = newPosition;
		answer = new TreeMap<>(newAnswer).entrySet()
			.stream()
			.map(e -> e.getKey() + ":" + e.getValue())
			.collect(Collectors.joining(","));
		reason = newReason == null || newReason.isBlank() ? null : newReason.strip();
		language = newLanguage;
		changedAt = Instant.now();
	}

	void anonymise() {
		voterId = null;
	}

}
