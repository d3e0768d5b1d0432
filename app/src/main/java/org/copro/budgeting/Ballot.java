package org.copro.budgeting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One voter's ballot in one heading of a process: the chosen projects, each with its
 * points (1 when ticked, the points given on a cumulative ballot, the rank on a ranking).
 * When the voter deletes their account the ballot keeps counting but no longer says whose
 * it was.
 */
@Entity
@Table(name = "pb_ballot")
class Ballot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long processId;

	private long headingId;

	private @Nullable Long voterId;

	// Every ballot is read for the count: load the choices of many ballots per query.
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 500)
	@CollectionTable(name = "pb_ballot_choice", joinColumns = @JoinColumn(name = "ballot_id"))
	@MapKeyColumn(name = "project_id")
	@Column(name = "points")
	private Map<Long, Integer> choices = new TreeMap<>();

	@Enumerated(EnumType.STRING)
	private BallotSource source = BallotSource.ONLINE;

	private @Nullable String paperReference;

	private Instant castAt = Instant.now();

	private Instant changedAt = Instant.now();

	@Version
	private long version;

	protected Ballot() {
	}

	Ballot(long processId, long headingId, AccountId voter, Map<Long, Integer> choices) {
		this.processId = processId;
		this.headingId = headingId;
		this.voterId = voter.value();
		this.choices = new TreeMap<>(choices);
	}

	/**
	 * A ballot with no voter account: entered from paper (with its reference) or imported
	 * from a file.
	 */
	static Ballot withoutVoter(long processId, long headingId, Map<Long, Integer> choices, BallotSource source,
			@Nullable String reference) {
		Ballot ballot = new Ballot();
		ballot.processId = processId;
		ballot.headingId = headingId;
		ballot.choices = new TreeMap<>(choices);
		ballot.source = source;
		ballot.paperReference = reference;
		return ballot;
	}

	public BallotSource source() {
		return source;
	}

	public boolean paper() {
		return source == BallotSource.PAPER;
	}

	public @Nullable String paperReference() {
		return paperReference;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Ballot not saved yet");
		}
		return id;
	}

	long processId() {
		return processId;
	}

	long headingId() {
		return headingId;
	}

	public Set<Long> projects() {
		return Set.copyOf(choices.keySet());
	}

	/** Each chosen project with its points or rank. */
	public Map<Long, Integer> choices() {
		return Map.copyOf(choices);
	}

	/**
	 * The chosen projects by rank, first choice first (for a ranking; otherwise by
	 * project).
	 */
	List<Long> ranked() {
		return choices.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

	public Instant castAt() {
		return castAt;
	}

	public Instant changedAt() {
		return changedAt;
	}

	void change(Map<Long, Integer> newChoices) {
		choices.clear();
		choices.putAll(newChoices);
		changedAt = Instant.now();
	}

	void anonymise() {
		voterId = null;
	}

}
