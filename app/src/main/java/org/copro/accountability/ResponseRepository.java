package org.copro.accountability;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResponseRepository extends JpaRepository<Response, Long> {

	List<Response> findByInputIdOrderByRespondedAtDescIdDesc(long inputId);

	List<Response> findByInputIdInOrderByRespondedAtDescIdDesc(Collection<Long> inputIds);

	List<Response> findByResponderIdOrderByRespondedAtDesc(long responderId);

}
