package org.copro.budgeting;

import java.time.Instant;
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
 * A participatory budgeting process: its budget, ballot limits and counting rule. Accessors are public only so
 * that templates can read them; the class stays inside the module.
 */
@Entity
@Table(name = "pb_process")
class BudgetingProcess {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String title = "";

	private String description = "";

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

	private Instant createdAt = Instant.now();

	private @Nullable Instant closedAt;

	@Version
	private long version;

	protected BudgetingProcess() {
	}

	BudgetingProcess(String title, String description, long budget, String currency, int minProjects,
			int maxProjects, CountingRule rule, AccountId organiser) {
		this.title = title.strip();
		this.description = description.strip();
		this.budget = budget;
		this.currency = currency;
		this.minProjects = minProjects;
		this.maxProjects = maxProjects;
		this.rule = rule;
		this.organiserId = organiser.value();
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

	public ProcessStatus status() {
		return status;
	}

	public boolean draft() {
		return status == ProcessStatus.DRAFT;
	}

	/** Residents may submit project ideas. */
	public boolean proposals() {
		return status == ProcessStatus.PROPOSALS;
	}

	/** Before voting: projects may still be added, reviewed and removed. */
	public boolean settingUp() {
		return status == ProcessStatus.DRAFT || status == ProcessStatus.PROPOSALS;
	}

	public boolean voting() {
		return status == ProcessStatus.VOTING;
	}

	public boolean closed() {
		return status == ProcessStatus.CLOSED;
	}

	AccountId organiser() {
		return new AccountId(organiserId);
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}

	void openProposals() {
		if (status != ProcessStatus.DRAFT) {
			throw new IllegalStateException("Process " + id + " is " + status);
		}
		status = ProcessStatus.PROPOSALS;
	}

	void openVoting() {
		if (!settingUp()) {
			throw new IllegalStateException("Process " + id + " is " + status);
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
		if (status != ProcessStatus.VOTING) {
			throw new IllegalStateException("Process " + id + " is " + status);
		}
		status = ProcessStatus.CLOSED;
		closedAt = Instant.now();
	}
}
