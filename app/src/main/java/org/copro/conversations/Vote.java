package org.copro.conversations;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.copro.identity.AccountId;
import org.jspecify.annotations.Nullable;

/** One participant's latest vote on one statement. */
@Entity
@Table(name = "conv_vote")
class Vote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long conversationId;

	private long statementId;

	private long voterId;

	private short choice;

	private Instant votedAt = Instant.now();

	protected Vote() {
	}

	Vote(long conversationId, long statementId, AccountId voter, VoteChoice choice) {
		this.conversationId = conversationId;
		this.statementId = statementId;
		this.voterId = voter.value();
		this.choice = (short) choice.value();
	}

	long conversationId() {
		return conversationId;
	}

	long statementId() {
		return statementId;
	}

	long voterId() {
		return voterId;
	}

	VoteChoice choice() {
		return VoteChoice.of(choice);
	}

	Instant votedAt() {
		return votedAt;
	}

	void change(VoteChoice choice) {
		this.choice = (short) choice.value();
		this.votedAt = Instant.now();
	}

}
