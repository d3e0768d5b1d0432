package org.copro.budgeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BallotRepository extends JpaRepository<Ballot, Long> {

	Optional<Ballot> findByProcessIdAndVoterId(long processId, long voterId);

	List<Ballot> findByProcessIdOrderById(long processId);

	List<Ballot> findByVoterId(long voterId);

	long countByProcessId(long processId);

	long countByProcessIdAndSource(long processId, BallotSource source);

	boolean existsByProcessIdAndPaperReference(long processId, String paperReference);
}
