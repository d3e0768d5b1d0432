package org.copro.web;

import java.util.Locale;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Programs calling a module's JSON API get an RFC 9457 problem document for bad requests
 * (400 with what was wrong) and for a change that met another one made at the same moment
 * (409, nothing saved); people's pages get the error page in their language instead,
 * through Spring Boot's error view and {@link ConflictHandler}.
 */
@RestControllerAdvice(annotations = RestController.class)
// Before ConflictHandler, which would otherwise answer an API's conflict with a page.
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ ConcurrencyFailureException.class, OptimisticLockException.class,
			PessimisticLockException.class, LockTimeoutException.class })
	ResponseEntity<ProblemDetail> handleConflict(Exception conflict, Locale locale) {
		log.info("A change through the API met another change made at the same moment and was not saved: {}",
				conflict.toString());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("web.error.409.body", null, locale));
		problem.setTitle(messages.getMessage("web.error.409.title", null, locale));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
