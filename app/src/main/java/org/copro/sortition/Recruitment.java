package org.copro.sortition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
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

import org.copro.engines.sortition.Algorithm;
import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A jury or panel being recruited: its invitation, quotas and panel size, and once drawn,
 * how. Accessors are public only so that templates can read them; the class stays inside
 * the module.
 */
@Entity
@Table(name = "sortition_recruitment")
class Recruitment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String title = "";

	private String invitation = "";

	private String language = "en";

	private int panelSize;

	private LocalDate closesOn = LocalDate.now();

	private @Nullable String populationSource;

	private long organiserId;

	@Enumerated(EnumType.STRING)
	private RecruitmentStatus status = RecruitmentStatus.OPEN;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sortition_quota", joinColumns = @JoinColumn(name = "recruitment_id"))
	@OrderColumn(name = "quota_order")
	private List<QuotaTarget> quotas = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private @Nullable Algorithm algorithm;

	private @Nullable Long seed;

	private @Nullable String seedSource;

	private @Nullable Double minProbability;

	private int replacements;

	private @Nullable Instant drawnAt;

	private @Nullable Instant drawStartedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable RecruitmentStatus statusBeforeDraw;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Recruitment() {
	}

	Recruitment(String title, String invitation, String language, int panelSize, LocalDate closesOn,
			@Nullable String populationSource, List<QuotaTarget> quotas, AccountId organiser) {
		this.title = title.strip();
		this.invitation = invitation.strip();
		this.language = language;
		this.panelSize = panelSize;
		this.closesOn = closesOn;
		this.populationSource = populationSource == null || populationSource.isBlank() ? null
				: populationSource.strip();
		this.quotas = new ArrayList<>(quotas);
		this.organiserId = organiser.value();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Recruitment not saved yet");
		}
		return id;
	}

	public String title() {
		return title;
	}

	public String invitation() {
		return invitation;
	}

	/** The language the title and invitation are written in: {@code en} or {@code cy}. */
	public String language() {
		return language;
	}

	/** The invitation's paragraphs, as the facilitator separated them by lines. */
	public List<String> paragraphs() {
		return java.util.Arrays.stream(invitation.split("\\R"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
	}

	public int panelSize() {
		return panelSize;
	}

	public LocalDate closesOn() {
		return closesOn;
	}

	public @Nullable String populationSource() {
		return populationSource;
	}

	public AccountId organiser() {
		return new AccountId(organiserId);
	}

	public RecruitmentStatus status() {
		return status;
	}

	public List<QuotaTarget> quotas() {
		return List.copyOf(quotas);
	}

	/** The categories in the order the quotas name them, each with its answers. */
	public Map<String, List<QuotaTarget>> categories() {
		Map<String, List<QuotaTarget>> categories = new LinkedHashMap<>();
		for (QuotaTarget quota : quotas) {
			categories.computeIfAbsent(quota.category(), c -> new ArrayList<>()).add(quota);
		}
		return categories;
	}

	public @Nullable Algorithm algorithm() {
		return algorithm;
	}

	public @Nullable Long seed() {
		return seed;
	}

	public @Nullable String seedSource() {
		return seedSource;
	}

	public @Nullable Double minProbability() {
		return minProbability;
	}

	public int replacements() {
		return replacements;
	}

	public @Nullable Instant drawnAt() {
		return drawnAt;
	}

	/**
	 * Volunteers may register while the recruitment is open, up to and including its
	 * closing date.
	 */
	public boolean takesVolunteers(LocalDate today) {
		return status == RecruitmentStatus.OPEN && !today.isAfter(closesOn);
	}

	/** The draw may happen once registration has ended, and only once. */
	public boolean readyToDraw(LocalDate today) {
		return status == RecruitmentStatus.CLOSED || (status == RecruitmentStatus.OPEN && today.isAfter(closesOn));
	}

	/** A draw has started and not finished yet. */
	public boolean drawing() {
		return status == RecruitmentStatus.DRAWING;
	}

	/**
	 * Marks the draw as started; false when it cannot start (not ready, already started
	 * or drawn).
	 */
	boolean startDraw(LocalDate today, Instant now) {
		if (!readyToDraw(today)) {
			return false;
		}
		statusBeforeDraw = status;
		drawStartedAt = now;
		status = RecruitmentStatus.DRAWING;
		return true;
	}

	/**
	 * A draw that did not finish leaves the recruitment as it was before the draw (closed
	 * when that is not known), ready to draw again.
	 */
	void abandonDraw() {
		if (status == RecruitmentStatus.DRAWING) {
			status = statusBeforeDraw == null ? RecruitmentStatus.CLOSED : statusBeforeDraw;
			statusBeforeDraw = null;
			drawStartedAt = null;
		}
	}

	/** A draw under way that started before the given instant (or at an unknown time). */
	boolean drawStartedBefore(Instant instant) {
		return status == RecruitmentStatus.DRAWING && (drawStartedAt == null || drawStartedAt.isBefore(instant));
	}

	public boolean drawn() {
		return status == RecruitmentStatus.DRAWN;
	}

	/** The facilitator may change the recruitment until the panel is drawn. */
	public boolean editable() {
		return status == RecruitmentStatus.OPEN || status == RecruitmentStatus.CLOSED;
	}

	void edit(String title, String invitation, String language, int panelSize, LocalDate closesOn,
			@Nullable String populationSource, List<QuotaTarget> quotas) {
		this.title = title.strip();
		this.invitation = invitation.strip();
		this.language = language;
		this.panelSize = panelSize;
		this.closesOn = closesOn;
		this.populationSource = populationSource == null || populationSource.isBlank() ? null
				: populationSource.strip();
		this.quotas = new ArrayList<>(quotas);
	}

	/**
	 * Takes volunteers again: only before the draw, and only with a closing date still to
	 * come.
	 */
	boolean reopen(LocalDate today) {
		if (!editable() || today.isAfter(closesOn)) {
			return false;
		}
		status = RecruitmentStatus.OPEN;
		return true;
	}

	void close() {
		if (status == RecruitmentStatus.OPEN) {
			status = RecruitmentStatus.CLOSED;
		}
	}

	void recordDraw(Algorithm algorithm, long seed, @Nullable String seedSource, double minProbability) {
		this.status = RecruitmentStatus.DRAWN;
		this.statusBeforeDraw = null;
		this.algorithm = algorithm;
		this.seed = seed;
		this.seedSource = seedSource == null || seedSource.isBlank() ? null : seedSource.strip();
		this.minProbability = minProbability;
		this.drawnAt = Instant.now();
	}

	/** Counts a replacement; the count numbers each replacement's own seeded draw. */
	int recordReplacement() {
		return ++replacements;
	}

}
