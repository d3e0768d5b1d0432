package org.copro.budgeting;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One voter's approval ballot in one process. When the voter deletes their account the ballot keeps counting
 * but no longer says whose it was.
 */
@Entity
@Table(name = "pb_ballot")
class Ballot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long processId;

	private @Nullable Long voterId;

	// Every ballot is read for the count: load the choices of many ballots per query.
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 500)
	@CollectionTable(name = "pb_ballot_choice", joinColumns = @JoinColumn(name = "ballot_id"))
	@Column(name = "project_id")
	private Set<Long> projects = new TreeSet<>();

	@Enumerated(EnumType.STRING)
	private BallotSource source = BallotSource.ONLINE;

	private @Nullable String paperReference;

	private Instant castAt = Instant.now();

	private Instant changedAt = Instant.now();

	@Version
	private long version;

	protected Ballot() {
	}

	Ballot(long processId, AccountId voter, Set<Long> projects) {
		this.processId = processId;
		this.voterId = voter.value();
		this.projects = new TreeSet<>(projects);
	}

	/** A ballot with no voter account: entered from paper (with its reference) or imported from a file. */
	static Ballot withoutVoter(long processId, Set<Long> projects, BallotSource source, @Nullable String reference) {
		Ballot ballot = new Ballot();
		ballot.processId = processId;
		ballot.projects = new TreeSet<>(projects);
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

	public Set<Long> projects() {
		return Set.copyOf(projects);
	}

	public Instant castAt() {
		return castAt;
	}

	public Instant changedAt() {
		return changedAt;
	}

	void change(Set<Long> newProjects) {
		projects.clear();
		projects.addAll(newProjects);
		changedAt = Instant.now();
	}

	void anonymise() {
		voterId = null;
	}
}
