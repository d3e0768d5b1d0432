package org.copro.projects;

import jakarta.persistence.Embeddable;

/** One line of a communication plan: who hears, how, how often, and who sees to it. */
@Embeddable
record CommunicationRow(String audience, String channel, String frequency, String owner) {
}
