/**
 * Tallies for group decisions: proposals and consent, sense checks, approval, score and
 * dot votes, meeting-time polls, and ranked choice by instant run-off or single
 * transferable vote.
 */
@NullMarked
package org.copro.engines.voting;

import org.jspecify.annotations.NullMarked;
