package org.copro.budgeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A participatory budgeting process: its budget, ballot limits and counting rule.
 * Accessors are public only so that templates can read them; the class stays inside the
 * module.
 */
@Entity
@Table(name = "pb_process")
class BudgetingProcess {

	/** Phases begin at midnight where the platform's first councils are. */
	static final ZoneId ZONE = ZoneId.of("Europe/London");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String title = "";

	private String description = "";

	private String language = "en";

	private long budget;

	private String currency = "GBP";

	private int minProjects;

	private int maxProjects;

	@Enumerated(EnumType.STRING)
	@Column(name = "counting_rule")
	private CountingRule rule = CountingRule.MES;

	@Enumerated(EnumType.STRING)
	private ProcessStatus status = ProcessStatus.DRAFT;

	private long organiserId;

	@Enumerated(EnumType.STRING)
	private BallotType ballotType = BallotType.APPROVAL;

	private int pointsTotal;

	private int pointsPerProject;

	private @Nullable LocalDate proposalsFrom;

	private @Nullable LocalDate reviewFrom;

	private @Nullable LocalDate votingFrom;

	private @Nullable LocalDate resultsFrom;

	private Instant createdAt = Instant.now();

	private @Nullable Instant closedAt;

	@Version
	private long version;

	protected BudgetingProcess() {
	}

	BudgetingProcess(String title, String description, String language, long budget, String currency, int minProjects,
			int maxProjects, CountingRule rule, AccountId organiser) {
		this.title = title.strip();
		this.description = description.strip();
		this.language = language;
		this.budget = budget;
		this.currency = currency;
		this.minProjects = minProjects;
		this.maxProjects = maxProjects;
		this.rule = rule;
		this.organiserId = organiser.value();
	}

	/**
	 * Sets how voters fill in the ballot: points to spread and the most per project apply
	 * to cumulative ballots.
	 */
	void ballot(BallotType type, int total, int perProject) {
		this.ballotType = type;
		this.pointsTotal = type.points() ? total : 0;
		this.pointsPerProject = type.points() ? perProject : 0;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Process not saved yet");
		}
		return id;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public List<String> paragraphs() {
		return Arrays.stream(description.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	/** The language the name and description are written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	public long budget() {
		return budget;
	}

	public String currency() {
		return currency;
	}

	/** The currency's sign as people in the UK write it (£, €, $), or its code. */
	public String currencySymbol() {
		return Currency.getInstance(currency).getSymbol(Locale.UK);
	}

	public int minProjects() {
		return minProjects;
	}

	public int maxProjects() {
		return maxProjects;
	}

	public CountingRule rule() {
		return rule;
	}

	/**
	 * The phase now: the one the facilitator moved it to, or a later one whose date has
	 * come.
	 */
	public ProcessStatus status() {
		return phaseOn(LocalDate.now(ZONE));
	}

	/** The phase as last recorded, before any date that has since come. */
	ProcessStatus recordedStatus() {
		return status;
	}

	ProcessStatus phaseOn(LocalDate day) {
		ProcessStatus byDate = ProcessStatus.DRAFT;
		if (resultsFrom != null && !day.isBefore(resultsFrom)) {
			byDate = ProcessStatus.CLOSED;
		}
		else if (votingFrom != null && !day.isBefore(votingFrom)) {
			byDate = ProcessStatus.VOTING;
		}
		else if (reviewFrom != null && !day.isBefore(reviewFrom)) {
			byDate = ProcessStatus.REVIEW;
		}
		else if (proposalsFrom != null && !day.isBefore(proposalsFrom)) {
			byDate = ProcessStatus.PROPOSALS;
		}
		return status.atLeast(byDate);
	}

	public boolean draft() {
		return status() == ProcessStatus.DRAFT;
	}

	/** Residents may submit project ideas. */
	public boolean proposals() {
		return status() == ProcessStatus.PROPOSALS;
	}

	/** Reviewers check the ideas; nobody proposes or votes. */
	public boolean review() {
		return status() == ProcessStatus.REVIEW;
	}

	/** Before voting: projects may still be added, reviewed and removed. */
	public boolean settingUp() {
		return status().compareTo(ProcessStatus.VOTING) < 0;
	}

	public boolean voting() {
		return status() == ProcessStatus.VOTING;
	}

	public boolean closed() {
		return status() == ProcessStatus.CLOSED;
	}

	public BallotType ballotType() {
		return ballotType;
	}

	public int pointsTotal() {
		return pointsTotal;
	}

	public int pointsPerProject() {
		return pointsPerProject;
	}

	public @Nullable LocalDate proposalsFrom() {
		return proposalsFrom;
	}

	public @Nullable LocalDate reviewFrom() {
		return reviewFrom;
	}

	public @Nullable LocalDate votingFrom() {
		return votingFrom;
	}

	public @Nullable LocalDate resultsFrom() {
		return resultsFrom;
	}

	/** The date on which a phase begins, when the facilitator set one. */
	public @Nullable LocalDate startOf(ProcessStatus phase) {
		return switch (phase) {
			case DRAFT -> null;
			case PROPOSALS -> proposalsFrom;
			case REVIEW -> reviewFrom;
			case VOTING -> votingFrom;
			case CLOSED -> resultsFrom;
		};
	}

	/** The date on which the phase after this one begins, when set. */
	public @Nullable LocalDate endOf(ProcessStatus phase) {
		for (ProcessStatus later : ProcessStatus.values()) {
			if (later.compareTo(phase) > 0 && startOf(later) != null) {
				return startOf(later);
			}
		}
		return null;
	}

	/** {@link #startOf} as a message argument. */
	public java.util.@Nullable Date startDateOf(ProcessStatus phase) {
		LocalDate start = startOf(phase);
		return start == null ? null : Dates.of(start);
	}

	/** {@link #endOf} as a message argument. */
	public java.util.@Nullable Date endDateOf(ProcessStatus phase) {
		LocalDate end = endOf(phase);
		return end == null ? null : Dates.of(end);
	}

	void schedule(@Nullable LocalDate proposals, @Nullable LocalDate review, @Nullable LocalDate voting,
			@Nullable LocalDate results) {
		this.proposalsFrom = proposals;
		this.reviewFrom = review;
		this.votingFrom = voting;
		this.resultsFrom = results;
	}

	/** Records a phase whose date has come; true when that closed the vote. */
	boolean catchUp() {
		ProcessStatus now = status();
		if (now == status) {
			return false;
		}
		status = now;
		if (now == ProcessStatus.CLOSED) {
			closedAt = Instant.now();
			return true;
		}
		return false;
	}

	void budgetChanged(long total) {
		this.budget = total;
	}

	AccountId organiser() {
		return new AccountId(organiserId);
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}

	void openProposals() {
		if (status() != ProcessStatus.DRAFT) {
			throw new IllegalStateException("Process " + id + " is " + status());
		}
		status = ProcessStatus.PROPOSALS;
	}

	void openReview() {
		if (status() != ProcessStatus.PROPOSALS) {
			throw new IllegalStateException("Process " + id + " is " + status());
		}
		status = ProcessStatus.REVIEW;
	}

	void openVoting() {
		if (!settingUp()) {
			throw new IllegalStateException("Process " + id + " is " + status());
		}
		status = ProcessStatus.VOTING;
	}

	/** An election held elsewhere, imported with its ballots: its result is final. */
	void markImported() {
		if (status != ProcessStatus.DRAFT) {
			throw new IllegalStateException("Process " + id + " is " + status);
		}
		status = ProcessStatus.CLOSED;
		closedAt = Instant.now();
	}

	void closeVoting() {
		if (status() != ProcessStatus.VOTING) {
			throw new IllegalStateException("Process " + id + " is " + status());
		}
		status = ProcessStatus.CLOSED;
		closedAt = Instant.now();
	}

}
