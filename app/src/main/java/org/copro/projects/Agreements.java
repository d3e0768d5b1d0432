package org.copro.projects;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ground rules, the decision-making agreement and the communication plan, each kept as numbered versions. */
@Service
class Agreements {

	private final AgreementVersionRepository versions;

	Agreements(AgreementVersionRepository versions) {
		this.versions = versions;
	}

	/** Every version of each kind of agreement, newest first. */
	@Transactional(readOnly = true)
	Map<AgreementKind, List<AgreementVersion>> all(long projectId) {
		Map<AgreementKind, List<AgreementVersion>> all = new EnumMap<>(AgreementKind.class);
		for (AgreementKind kind : AgreementKind.values()) {
			all.put(kind, versions.findByProjectIdAndKindOrderByVersionNumberDesc(projectId, kind));
		}
		return all;
	}

	@Transactional(readOnly = true)
	Optional<AgreementVersion> current(long projectId, AgreementKind kind) {
		return versions.findByProjectIdAndKindOrderByVersionNumberDesc(projectId, kind).stream().findFirst();
	}

	/** Saves an edit as the next version; the author agrees to it, everyone else is asked afresh. */
	@Transactional
	int revise(long projectId, AgreementKind kind, String text, @Nullable DecisionMethod method,
			List<CommunicationRow> rows, AccountId author) {
		int next = current(projectId, kind).map(AgreementVersion::versionNumber).orElse(0) + 1;
		AgreementVersion version = new AgreementVersion(projectId, kind, next, text, method, rows, author.value());
		version.agree(author.value());
		versions.save(version);
		return next;
	}

	@Transactional
	void agree(long projectId, long versionId, AccountId person, boolean agree) {
		AgreementVersion version = versions.findById(versionId).filter(found -> found.projectId() == projectId)
				.orElseThrow(() -> new ProjectNotFoundException("agreement " + versionId));
		if (agree) {
			version.agree(person.value());
		}
		else {
			version.withdraw(person.value());
		}
	}

	@Transactional(readOnly = true)
	List<AgreementVersion> agreedBy(AccountId person) {
		return versions.findAgreedBy(person.value());
	}

	@Transactional
	void forget(AccountId person) {
		versions.findAgreedBy(person.value()).forEach(version -> version.withdraw(person.value()));
		versions.findByAuthorId(person.value()).forEach(version -> version.forgetAuthor(person.value()));
	}
}
