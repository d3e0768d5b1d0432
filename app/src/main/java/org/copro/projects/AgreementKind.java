package org.copro.projects;

/** The agreements a project makes together. */
enum AgreementKind {

	GROUND_RULES, DECISION_MAKING, COMMUNICATION;

	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	static @org.jspecify.annotations.Nullable AgreementKind ofSlug(String slug) {
		for (AgreementKind kind : values()) {
			if (kind.slug().equals(slug)) {
				return kind;
			}
		}
		return null;
	}

}
