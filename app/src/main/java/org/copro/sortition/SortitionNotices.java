package org.copro.sortition;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every volunteer, once the panel is drawn, whether they were selected, and a
 * replacement that they now have a place: by email through their account (written to the
 * log when no mail host is configured), so this module never holds an email address.
 */
@Component
class SortitionNotices {

	private final Accounts accounts;

	private final RecruitmentRepository recruitments;

	private final VolunteerRepository volunteers;

	private final String baseUrl;

	SortitionNotices(Accounts accounts, RecruitmentRepository recruitments, VolunteerRepository volunteers,
			@Value("${copro.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.recruitments = recruitments;
		this.volunteers = volunteers;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Runs after the draw has committed, in its own transaction; a volunteer already told
	 * is not told twice.
	 */
	@ApplicationModuleListener
	void on(PanelDrawn event) {
		Recruitment recruitment = recruitments.findById(event.recruitment())
			.orElseThrow(() -> new RecruitmentNotFoundException(event.recruitment()));
		String link = baseUrl + "/sortition/" + recruitment.id();
		for (Volunteer volunteer : volunteers.findByRecruitmentIdOrderByPoolNumber(recruitment.id())) {
			AccountId account = volunteer.account();
			if (account == null || volunteer.notified()) {
				continue;
			}
			String key = volunteer.status().onPanel() ? "sortition.mail.selected" : "sortition.mail.not-selected";
			if (accounts.sendNotice(account, key, recruitment.title(), link)) {
				volunteers.markNotified(volunteer.id());
			}
		}
	}

	/**
	 * Runs after the replacement has committed: the new panel member is asked to accept
	 * or decline.
	 */
	@ApplicationModuleListener
	void on(ReplacementDrawn event) {
		Recruitment recruitment = recruitments.findById(event.recruitment())
			.orElseThrow(() -> new RecruitmentNotFoundException(event.recruitment()));
		volunteers.findById(event.volunteer())
			.filter(volunteer -> volunteer.account() != null && volunteer.status().onPanel())
			.ifPresent(volunteer -> accounts.sendNotice(volunteer.account(), "sortition.mail.replacement",
					recruitment.title(), baseUrl + "/sortition/" + recruitment.id()));
	}

}
