package org.copro.sortition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copro.engines.sortition.Algorithm;
import org.copro.engines.sortition.SelectionProblem;
import org.copro.engines.sortition.SelectionResult;
import org.copro.engines.sortition.Sortition;
import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sortition use cases: open a recruitment, register a volunteer, close, draw the
 * panel, replace a member who declines.
 */
@Service
class Recruitments {

	/** Dates (closing days) are those of the places the platform serves first. */
	static final ZoneId ZONE = ZoneId.of("Europe/London");

	/**
	 * As many LEGACY draws as the command line makes by default, so that a re-run gives
	 * the same figures.
	 */
	static final int LEGACY_SAMPLES = 10_000;

	private final RecruitmentRepository recruitments;

	private final VolunteerRepository volunteers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Recruitments(RecruitmentRepository recruitments, VolunteerRepository volunteers, ApplicationEventPublisher events) {
		this.recruitments = recruitments;
		this.volunteers = volunteers;
		this.events = events;
		this.clock = Clock.system(ZONE);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	List<Recruitment> list() {
		return recruitments.findAllByOrderByCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	Recruitment find(long id) {
		return recruitments.findById(id).orElseThrow(() -> new RecruitmentNotFoundException(id));
	}

	/** Opens a recruitment whose title and invitation are in English. */
	@Transactional
	long open(String title, String invitation, int panelSize, LocalDate closesOn, @Nullable String populationSource,
			List<QuotaTarget> quotas, AccountId organiser) {
		return open(title, invitation, "en", panelSize, closesOn, populationSource, quotas, organiser);
	}

	/**
	 * Opens a recruitment whose title and invitation are written in the given language.
	 */
	@Transactional
	long open(String title, String invitation, String language, int panelSize, LocalDate closesOn,
			@Nullable String populationSource, List<QuotaTarget> quotas, AccountId organiser) {
		return recruitments
			.save(new Recruitment(title, invitation, language, panelSize, closesOn, populationSource, quotas,
					organiser))
			.id();
	}

	@Transactional(readOnly = true)
	Optional<Volunteer> registration(long recruitmentId, AccountId account) {
		return volunteers.findByRecruitmentIdAndAccountId(recruitmentId, account.value());
	}

	@Transactional(readOnly = true)
	List<Volunteer> volunteers(long recruitmentId) {
		return volunteers.findByRecruitmentIdOrderByPoolNumber(recruitmentId);
	}

	@Transactional(readOnly = true)
	long poolSize(long recruitmentId) {
		return volunteers.countByRecruitmentId(recruitmentId);
	}

	/**
	 * Adds a volunteer to the pool with the next pool number.
	 * @param answers each category's answer, already checked against the quotas
	 * @return false when registration has closed or the person is already in the pool
	 */
	@Transactional
	boolean register(long recruitmentId, AccountId account, String name, String contact, @Nullable String accessNeeds,
			@Nullable String household, Map<String, String> answers) {
		Recruitment recruitment = recruitments.findForUpdate(recruitmentId)
			.orElseThrow(() -> new RecruitmentNotFoundException(recruitmentId));
		if (!recruitment.takesVolunteers(today())
				|| volunteers.findByRecruitmentIdAndAccountId(recruitmentId, account.value()).isPresent()) {
			return false;
		}
		int number = volunteers.lastPoolNumber(recruitmentId) + 1;
		volunteers.save(new Volunteer(recruitmentId, account, number, name, contact, accessNeeds, household, answers));
		return true;
	}

	/** What became of an edit. */
	enum EditOutcome {

		SAVED, QUOTAS_LOCKED, NOT_EDITABLE

	}

	/**
	 * Changes the recruitment before the draw; the quotas only while nobody has
	 * registered, since volunteers answered the categories they were shown.
	 */
	@Transactional
	EditOutcome edit(long recruitmentId, String title, String invitation, String language, int panelSize,
			LocalDate closesOn, @Nullable String populationSource, List<QuotaTarget> quotas) {
		Recruitment recruitment = recruitments.findForUpdate(recruitmentId)
			.orElseThrow(() -> new RecruitmentNotFoundException(recruitmentId));
		if (!recruitment.editable()) {
			return EditOutcome.NOT_EDITABLE;
		}
		if (!QuotaTable.format(quotas).equals(QuotaTable.format(recruitment.quotas()))
				&& volunteers.countByRecruitmentId(recruitmentId) > 0) {
			return EditOutcome.QUOTAS_LOCKED;
		}
		recruitment.edit(title, invitation, language, panelSize, closesOn, populationSource, quotas);
		return EditOutcome.SAVED;
	}

	/**
	 * @return false (and nothing changed) once drawn, or while the closing date has
	 * passed
	 */
	@Transactional
	boolean reopen(long recruitmentId) {
		return recruitments.findForUpdate(recruitmentId)
			.orElseThrow(() -> new RecruitmentNotFoundException(recruitmentId))
			.reopen(today());
	}

	@Transactional
	void close(long recruitmentId) {
		recruitments.findForUpdate(recruitmentId)
			.orElseThrow(() -> new RecruitmentNotFoundException(recruitmentId))
			.close();
	}

	@Transactional(readOnly = true)
	PanelLottery.Feasibility feasibility(long recruitmentId) {
		Recruitment recruitment = find(recruitmentId);
		return PanelLottery.check(recruitment, volunteers(recruitmentId));
	}

	/**
	 * Marks the draw as under way in its own transaction, so that a second click or a
	 * second organiser sees it at once and cannot start another.
	 * @return false when the draw cannot start: registration open, a draw under way, or
	 * drawn already
	 */
	@Transactional
	boolean startDraw(long recruitmentId) {
		return recruitments.findForUpdate(recruitmentId)
			.orElseThrow(() -> new RecruitmentNotFoundException(recruitmentId))
			.startDraw(today(), clock.instant());
	}

	/**
	 * Puts back a draw that failed, so that the organisers can correct and draw again.
	 */
	@Transactional
	void abandonDraw(long recruitmentId) {
		recruitments.findForUpdate(recruitmentId)
			.orElseThrow(() -> new RecruitmentNotFoundException(recruitmentId))
			.abandonDraw();
	}

	/**
	 * Puts back every draw that started before the given instant and has not finished:
	 * the process that ran it stopped (a crash or a restart) and it would otherwise block
	 * the jury for ever. A draw still running elsewhere holds the recruitment's lock
	 * until it commits, so it is waited for and then left alone.
	 * @return the recruitments put back
	 */
	@Transactional
	List<Long> releaseDrawsStartedBefore(Instant instant) {
		List<Long> released = new ArrayList<>();
		for (long id : recruitments.findIdsByStatus(RecruitmentStatus.DRAWING)) {
			Optional<Recruitment> recruitment = recruitments.findForUpdate(id);
			if (recruitment.isPresent() && recruitment.get().drawStartedBefore(instant)) {
				recruitment.get().abandonDraw();
				released.add(id);
			}
		}
		return released;
	}

	/**
	 * Draws the panel: the engine's lottery over the whole pool, one panel from the seed,
	 * every chance kept for the aggregate figures.
	 * @return the engine's result, or empty (and nothing drawn) while registration is
	 * open or once the panel has been drawn
	 * @throws org.copro.engines.InvalidInputException when the pool is too small or the
	 * quotas cannot be met
	 */
	@Transactional
	Optional<SelectionResult> drawPanel(long recruitmentId, Algorithm algorithm, long seed,
			@Nullable String seedSource) {
		Recruitment recruitment = recruitments.findForUpdate(recruitmentId)
			.orElseThrow(() -> new RecruitmentNotFoundException(recruitmentId));
		if (!recruitment.readyToDraw(today()) && !recruitment.drawing()) {
			return Optional.empty();
		}
		List<Volunteer> pool = volunteers.findByRecruitmentIdOrderByPoolNumber(recruitmentId);
		Map<Long, Integer> groups = PanelLottery.householdGroups(pool);
		SelectionProblem problem = PanelLottery.problem(recruitment, pool, groups);
		SelectionResult result = Sortition.select(problem, algorithm, seed, 0, LEGACY_SAMPLES);
		Map<String, Volunteer> byId = new LinkedHashMap<>();
		for (Volunteer volunteer : pool) {
			byId.put(volunteer.publicId(), volunteer);
			volunteer.prepareForDraw(result.probabilities().get(volunteer.publicId()), groups.get(volunteer.id()));
		}
		for (String id : result.panel()) {
			byId.get(id).select();
		}
		recruitment.recordDraw(algorithm, seed, seedSource, result.minProbability());
		events.publishEvent(new PanelDrawn(recruitmentId, result.panel().size()));
		return Optional.of(result);
	}

	/**
	 * Records that a panel member declined and seats a replacement who keeps every quota.
	 * @return the replacement, or empty (and nothing changed) when nobody left in the
	 * pool can take the seat
	 */
	@Transactional
	Optional<Volunteer> replace(long recruitmentId, long volunteerId) {
		Recruitment recruitment = recruitments.findForUpdate(recruitmentId)
			.orElseThrow(() -> new RecruitmentNotFoundException(recruitmentId));
		List<Volunteer> pool = volunteers.findByRecruitmentIdOrderByPoolNumber(recruitmentId);
		Volunteer leaving = pool.stream()
			.filter(v -> v.id() == volunteerId && (v.status().onPanel() || v.seatOpen()))
			.findFirst()
			.orElse(null);
		if (!recruitment.drawn() || leaving == null || recruitment.seed() == null) {
			return Optional.empty();
		}
		List<Volunteer> remaining = new ArrayList<>();
		for (Volunteer volunteer : pool) {
			if (volunteer != leaving && volunteer.status() != VolunteerStatus.DECLINED) {
				remaining.add(volunteer);
			}
		}
		Volunteer replacement = PanelLottery.replacement(recruitment, remaining, recruitment.seed(),
				recruitment.replacements() + 1);
		if (replacement == null) {
			return Optional.empty();
		}
		leaving.decline();
		recruitment.recordReplacement();
		replacement.selectAsReplacement();
		events.publishEvent(new ReplacementDrawn(recruitmentId, replacement.id()));
		return Optional.of(replacement);
	}

	/**
	 * A drawn volunteer's own answer: they take their place, or give it up so that the
	 * organisers can draw a replacement (see {@link #replace}).
	 * @return false (and nothing changed) when the person is not on the panel of a drawn
	 * recruitment
	 */
	@Transactional
	boolean respond(long recruitmentId, AccountId account, boolean accept) {
		Recruitment recruitment = recruitments.findForUpdate(recruitmentId)
			.orElseThrow(() -> new RecruitmentNotFoundException(recruitmentId));
		Optional<Volunteer> volunteer = volunteers.findByRecruitmentIdAndAccountId(recruitmentId, account.value());
		if (!recruitment.drawn() || volunteer.isEmpty()) {
			return false;
		}
		return accept ? volunteer.get().accept() : volunteer.get().declineOwnPlace();
	}

	@Transactional(readOnly = true)
	ResultView result(long recruitmentId) {
		return ResultView.of(find(recruitmentId), volunteers(recruitmentId));
	}

	@Transactional(readOnly = true)
	List<Volunteer> registrationsOf(AccountId account) {
		return volunteers.findByAccountId(account.value());
	}

	/**
	 * Forgets a person who deleted their account: out of the pool before the draw; after
	 * it, their answers stay (the published pool and panel rely on them) but nothing that
	 * says who they are.
	 */
	@Transactional
	void forget(AccountId account) {
		for (long recruitmentId : volunteers.findRecruitmentIdsByAccountId(account.value())) {
			// The recruitment's lock first, as a draw, a replacement and an answer take
			// it: a draw under way is waited for, and a volunteer just seated as a
			// replacement is forgotten without either side failing.
			Recruitment recruitment = recruitments.findForUpdate(recruitmentId)
				.orElseThrow(() -> new RecruitmentNotFoundException(recruitmentId));
			if (recruitment.drawn()) {
				volunteers.anonymise(recruitmentId, account.value());
			}
			else {
				volunteers.findByRecruitmentIdAndAccountId(recruitmentId, account.value())
					.ifPresent(volunteers::delete);
			}
		}
	}

}
