package org.copro.engines.voting;

/**
 * A position on a proposal (Loomio's four): a block is a stated objection that stops the
 * proposal.
 */
public enum Stance {

	AGREE, ABSTAIN, DISAGREE, BLOCK

}
