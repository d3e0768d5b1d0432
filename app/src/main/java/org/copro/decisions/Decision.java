package org.copro.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.copro.identity.AccountId;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A decision a group takes: what is proposed or asked, how votes are taken, and once
 * closed its outcome. Accessors are public only so that templates can read them; the
 * class stays inside the module.
 */
@Entity
@Table(name = "decisions_decision")
// An update writes only what changed, so that it keeps the reminder mark that the
// reminders set beside it (DecisionRepository.claimReminder).
@DynamicUpdate
class Decision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private DecisionKind kind = DecisionKind.PROPOSAL;

	private String title = "";

	private String details = "";

	private String language = "en";

	private @Nullable String scope;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "decisions_option", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderColumn(name = "position")
	@Column(name = "label")
	private List<String> options = new ArrayList<>();

	private boolean anonymous;

	private boolean resultsHidden;

	@Enumerated(EnumType.STRING)
	private ReasonRule reasonRule = ReasonRule.OPTIONAL;

	private int quorum;

	private int minChoices;

	private int maxChoices;

	private int dots;

	private int scoreMin;

	private int scoreMax;

	@Enumerated(EnumType.STRING)
	private RankingMethod rankingMethod = RankingMethod.IRV;

	private int seats = 1;

	private Instant closesAt = Instant.now();

	@Enumerated(EnumType.STRING)
	private DecisionStatus status = DecisionStatus.OPEN;

	private long facilitatorId;

	private Instant createdAt = Instant.now();

	private @Nullable Instant amendedAt;

	private @Nullable Instant closedAt;

	private @Nullable Instant remindedAt;

	private @Nullable String outcomeStatement;

	private String outcomeLanguage = "en";

	private @Nullable LocalDate reviewOn;

	private @Nullable Instant outcomeRecordedAt;

	@Version
	private long version;

	protected Decision() {
	}

	Decision(DecisionKind kind, String title, String details, String language, List<String> options,
			DecisionSettings settings, Instant closesAt, @Nullable String scope, AccountId facilitator) {
		this.kind = kind;
		this.language = language;
		this.title = title.strip();
		this.details = details.strip();
		this.options = new ArrayList<>(options);
		this.anonymous = settings.anonymous();
		this.resultsHidden = settings.resultsHidden();
		this.reasonRule = settings.reasonRule();
		this.quorum = settings.quorum();
		this.minChoices = settings.minChoices();
		this.maxChoices = settings.maxChoices();
		this.dots = settings.dots();
		this.scoreMin = settings.scoreMin();
		this.scoreMax = settings.scoreMax();
		this.rankingMethod = settings.method();
		this.seats = settings.seats();
		this.closesAt = closesAt;
		this.scope = scope == null || scope.isBlank() ? null : scope.strip();
		this.facilitatorId = facilitator.value();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Decision not saved yet");
		}
		return id;
	}

	public DecisionKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	/**
	 * The language the title, details and options are written in: {@code en} or
	 * {@code cy}.
	 */
	public String language() {
		return language;
	}

	/** The language the outcome statement is written in. */
	public String outcomeLanguage() {
		return outcomeLanguage;
	}

	public String details() {
		return details;
	}

	public List<String> paragraphs() {
		return Arrays.stream(details.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	public @Nullable String scope() {
		return scope;
	}

	public List<String> options() {
		return List.copyOf(options);
	}

	public DecisionSettings settings() {
		return new DecisionSettings(anonymous, resultsHidden, reasonRule, quorum, minChoices, maxChoices, dots,
				scoreMin, scoreMax, rankingMethod, seats);
	}

	public boolean anonymous() {
		return anonymous;
	}

	public boolean resultsHidden() {
		return resultsHidden;
	}

	public boolean reasonRequired() {
		return reasonRule == ReasonRule.REQUIRED;
	}

	public int quorum() {
		return quorum;
	}

	public Instant closesAt() {
		return closesAt;
	}

	public DecisionStatus status() {
		return status;
	}

	public boolean open() {
		return status == DecisionStatus.OPEN;
	}

	public boolean closed() {
		return status == DecisionStatus.CLOSED;
	}

	AccountId facilitator() {
		return new AccountId(facilitatorId);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant amendedAt() {
		return amendedAt;
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable Instant remindedAt() {
		return remindedAt;
	}

	public @Nullable String outcomeStatement() {
		return outcomeStatement;
	}

	public List<String> outcomeParagraphs() {
		return outcomeStatement == null ? List.of()
				: Arrays.stream(outcomeStatement.split("\\R\\s*\\R"))
					.map(String::strip)
					.filter(p -> !p.isEmpty())
					.toList();
	}

	public @Nullable LocalDate reviewOn() {
		return reviewOn;
	}

	public boolean outcomeRecorded() {
		return outcomeRecordedAt != null;
	}

	/**
	 * Whether results may be shown now: after closing, or all along unless hidden until
	 * then.
	 */
	public boolean resultsVisible() {
		return closed() || !resultsHidden;
	}

	void amend(String newTitle, String newDetails, String newLanguage) {
		language = newLanguage;
		title = newTitle.strip();
		details = newDetails.strip();
		amendedAt = Instant.now();
	}

	void close(Instant at) {
		status = DecisionStatus.CLOSED;
		closedAt = at;
	}

	void recordOutcome(String statement, String language, LocalDate review) {
		outcomeStatement = statement.strip();
		outcomeLanguage = language;
		reviewOn = review;
		outcomeRecordedAt = Instant.now();
	}

}
