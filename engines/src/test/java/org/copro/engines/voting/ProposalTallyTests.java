package org.copro.engines.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.copro.engines.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProposalTallyTests {

	@Test
	void aProposalPassesWhenAgreesOutnumberDisagreesAndTheQuorumIsMet() {
		ProposalTally.Result result = ProposalTally
			.proposal(List.of(Stance.AGREE, Stance.AGREE, Stance.DISAGREE, Stance.ABSTAIN, Stance.ABSTAIN), 10, 0.5);

		assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
		assertThat(result.counts()).containsEntry(Stance.AGREE, 2).containsEntry(Stance.ABSTAIN, 2);
		assertThat(result.participation()).isEqualTo(0.5);
	}

	@Test
	void oneBlockStopsAProposal() {
		ProposalTally.Result result = ProposalTally
			.proposal(List.of(Stance.AGREE, Stance.AGREE, Stance.AGREE, Stance.BLOCK), 4, 0);

		assertThat(result.outcome()).isEqualTo(Outcome.BLOCKED);
	}

	@Test
	void tooFewVotersLeaveNoQuorumAndATieIsRejected() {
		assertThat(ProposalTally.proposal(List.of(Stance.AGREE, Stance.AGREE), 10, 0.3).outcome())
			.isEqualTo(Outcome.NO_QUORUM);
		assertThat(ProposalTally.proposal(List.of(Stance.AGREE, Stance.DISAGREE), 2, 1).outcome())
			.isEqualTo(Outcome.REJECTED);
	}

	@Test
	void consentPassesUnlessSomeoneObjects() {
		assertThat(ProposalTally.consent(List.of(true, true, true), 5, 0.6).outcome()).isEqualTo(Outcome.PASSED);
		assertThat(ProposalTally.consent(List.of(true, false, true), 5, 0.6).outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(ProposalTally.consent(List.of(true, true), 5, 0.6).outcome()).isEqualTo(Outcome.NO_QUORUM);
	}

	@Test
	void moreVotesThanMembersAreRefused() {
		assertThatThrownBy(() -> ProposalTally.proposal(List.of(Stance.AGREE, Stance.AGREE), 1, 0))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("2 votes from only 1 eligible members");
	}

	@Test
	void aQuorumCanBeANumberOfVotes() {
		ProposalTally.Result short_ = ProposalTally.proposal(List.of(Stance.AGREE, Stance.AGREE), 3);
		assertThat(short_.quorumMet()).isFalse();
		assertThat(short_.outcome()).isEqualTo(Outcome.NO_QUORUM);
		ProposalTally.Result enough = ProposalTally.proposal(List.of(Stance.AGREE, Stance.AGREE, Stance.DISAGREE), 3);
		assertThat(enough.quorumMet()).isTrue();
		assertThat(enough.outcome()).isEqualTo(Outcome.PASSED);
		assertThat(enough.voted()).isEqualTo(3);
		assertThat(ProposalTally.proposal(List.of(), 0).outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(ProposalTally.consent(List.of(true, true), 2).outcome()).isEqualTo(Outcome.PASSED);
		assertThat(ProposalTally.consent(List.of(true), 2).outcome()).isEqualTo(Outcome.NO_QUORUM);
		assertThat(ProposalTally.consent(List.of(true, false), 0).outcome()).isEqualTo(Outcome.BLOCKED);
		assertThatThrownBy(() -> ProposalTally.proposal(List.of(), -1)).isInstanceOf(InvalidInputException.class)
			.hasMessage("the quorum must be 0 or more votes, not -1");
	}

}
