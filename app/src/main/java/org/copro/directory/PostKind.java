package org.copro.directory;

/**
 * A post in a local group: a thread's opening, a reply to it, or an organisers'
 * announcement.
 */
enum PostKind {

	THREAD, REPLY, ANNOUNCEMENT;

}
