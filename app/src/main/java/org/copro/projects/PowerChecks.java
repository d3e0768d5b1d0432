package org.copro.projects;

import java.util.List;

import org.copro.identity.AccountId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' power checks over time. */
@Service
class PowerChecks {

	private final PowerCheckRepository checks;

	PowerChecks(PowerCheckRepository checks) {
		this.checks = checks;
	}

	@Transactional
	void answer(long projectId, AccountId person, Ladder ladder, int[] values, String[] reflections) {
		checks.save(new PowerCheck(projectId, person.value(), ladder, values, reflections));
	}

	@Transactional(readOnly = true)
	List<PowerCheck> all(long projectId) {
		return checks.findByProjectIdOrderByAnsweredAtAscIdAsc(projectId);
	}

	@Transactional(readOnly = true)
	List<PowerCheck> of(AccountId person) {
		return checks.findByAccountId(person.value());
	}

	/**
	 * A deleted account's answers keep counting in the project's averages, with no name.
	 */
	@Transactional
	void forget(AccountId person) {
		checks.findByAccountId(person.value()).forEach(PowerCheck::anonymise);
	}

}
