package org.copro.projects;

/**
 * Groups that a project's aims may concern and that projects too often leave out (the
 * "usual suspects" check).
 */
enum CommunityGroup {

	YOUNG_PEOPLE, OLDER_PEOPLE, DISABLED_PEOPLE, WELSH_SPEAKERS, CARERS, MINORITY_ETHNIC, LGBTQ, LOW_INCOME, RURAL

}
