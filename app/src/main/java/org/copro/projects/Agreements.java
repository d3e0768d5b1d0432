package org.copro.projects;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.copro.identity.AccountId;
import org.copro.web.WordDiff;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ground rules, the decision-making agreement and the communication plan, each kept as
 * numbered versions.
 */
@Service
class Agreements {

	/**
	 * One part of an agreement version that changed, under the message key of its label.
	 */
	record Change(String labelKey, List<WordDiff.Segment> segments) {
	}

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

	/**
	 * Saves an edit as the next version; the author agrees to it, everyone else is asked
	 * afresh.
	 */
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
		AgreementVersion version = versions.findById(versionId)
			.filter(found -> found.projectId() == projectId)
			.orElseThrow(() -> new ProjectNotFoundException("agreement " + versionId));
		if (agree) {
			version.agree(person.value());
		}
		else {
			version.withdraw(person.value());
		}
	}

	/**
	 * A version and the one before it of the same agreement, for showing what changed.
	 */
	record Pair(AgreementVersion older, AgreementVersion newer) {
	}

	@Transactional(readOnly = true)
	Optional<Pair> withPrevious(long projectId, long versionId) {
		AgreementVersion newer = versions.findById(versionId)
			.filter(found -> found.projectId() == projectId)
			.orElseThrow(() -> new ProjectNotFoundException("agreement " + versionId));
		return versions.findByProjectIdAndKindOrderByVersionNumberDesc(projectId, newer.kind())
			.stream()
			.filter(version -> version.versionNumber() < newer.versionNumber())
			.findFirst()
			.map(older -> new Pair(older, newer));
	}

	/**
	 * What changed between two versions, word by word, for each part that changed: the
	 * text, the decision method (named in the page's language) and the communication
	 * plan's lines.
	 */
	static List<Change> changes(Pair pair, Function<DecisionMethod, String> methodName,
			Function<CommunicationRow, String> rowText) {
		List<Change> changes = new ArrayList<>();
		compare(changes, "projects.agreements.text-column", pair.older().text(), pair.newer().text());
		compare(changes, "projects.agreement.method.label",
				pair.older().method() == null ? "" : methodName.apply(pair.older().method()),
				pair.newer().method() == null ? "" : methodName.apply(pair.newer().method()));
		compare(changes, "projects.agreement.COMMUNICATION",
				String.join("\n", pair.older().rows().stream().map(rowText).toList()),
				String.join("\n", pair.newer().rows().stream().map(rowText).toList()));
		return changes;
	}

	private static void compare(List<Change> changes, String labelKey, String before, String after) {
		if (!before.equals(after)) {
			changes.add(new Change(labelKey, WordDiff.words(before, after)));
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
