package org.copro.identity;

/**
 * What a person may do on the platform, from least to most.
 */
public enum Role {

	/** Takes part: votes, comments, proposes, registers for events. */
	PARTICIPANT,

	/** Runs projects, processes and events. */
	FACILITATOR,

	/** Reviews and publishes contributions, hides what breaks the rules. */
	MODERATOR,

	/** Looks after the platform and people's roles. */
	ADMINISTRATOR;

	/** The Spring Security authority that stands for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
