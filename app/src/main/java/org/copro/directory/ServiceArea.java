package org.copro.directory;

/**
 * The public services an organisation works on; message key
 * {@code directory.service.NAME}.
 */
enum ServiceArea {

	SOCIAL_CARE, HEALTH, MENTAL_HEALTH, HOUSING, EDUCATION, EMPLOYMENT, ENVIRONMENT, ARTS_CULTURE,
	CHILDREN_YOUNG_PEOPLE, OLDER_PEOPLE, DISABILITY, COMMUNITY_SAFETY;

}
