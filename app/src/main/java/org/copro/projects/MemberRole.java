package org.copro.projects;

/** The part a member plays; any member, whatever their role, can also be a co-lead. */
enum MemberRole {

	LIVED_EXPERIENCE, COMMUNITY_MEMBER, PRACTITIONER, COMMISSIONER, RESEARCHER, FACILITATOR

}
