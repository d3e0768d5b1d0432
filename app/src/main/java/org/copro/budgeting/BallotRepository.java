package org.copro.budgeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BallotRepository extends JpaRepository<Ballot, Long> {

	Optional<Ballot> findByHeadingIdAndVoterId(long headingId, long voterId);

	List<Ballot> findByProcessIdAndVoterId(long processId, long voterId);

	List<Ballot> findByProcessIdOrderById(long processId);

	List<Ballot> findByHeadingIdOrderById(long headingId);

	List<Ballot> findByVoterId(long voterId);

	long countByProcessId(long processId);

	long countByHeadingId(long headingId);

	long countByProcessIdAndSource(long processId, BallotSource source);

	boolean existsByHeadingIdAndPaperReference(long headingId, String paperReference);

}
