package org.copro.proposals;

import java.util.Map;

import org.copro.identity.AccountDeleted;
import org.copro.identity.AccountId;
import org.copro.identity.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's proposals, supports, comments and reports in "download my data"; when they delete their account,
 * their proposals and comments stay under "former participant" and their supports and reports go.
 */
@Component
class ProposalsPersonalData implements PersonalDataContributor {

	private final Proposals proposals;

	ProposalsPersonalData(Proposals proposals) {
		this.proposals = proposals;
	}

	@Override
	public String section() {
		return "proposals";
	}

	@Override
	public Map<String, Object> personalData(AccountId account) {
		return proposals.personalData(account);
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		proposals.forget(event.account());
	}
}
