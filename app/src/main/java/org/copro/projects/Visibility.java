package org.copro.projects;

/**
 * Who sees a project: everyone sees a public project's workspace; a listed project shows
 * only its summary to people who are not members; a private project is known only to its
 * members.
 */
enum Visibility {

	PUBLIC, LISTED, PRIVATE

}
