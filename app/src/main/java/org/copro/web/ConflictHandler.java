package org.copro.web;

import java.util.Locale;
import java.util.Map;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * People whose change meets another change of the same thing made at the same moment (by
 * someone else or by the platform) get the error page with 409 Conflict and a way on,
 * never a failure page: the clash is found when their transaction commits, and the whole
 * transaction is rolled back, so nothing they sent is half-saved.
 * <p>
 * A module that settles a clash itself (a controller's own handler, or a module's own
 * advice, which comes first) keeps its own answer; programs calling a JSON API get a
 * problem document from {@link ApiExceptionHandler} instead.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ConflictHandler {

	private static final Logger log = LoggerFactory.getLogger(ConflictHandler.class);

	private final LayoutAdvice layout;

	private final ToolsAdvice tools;

	ConflictHandler(LayoutAdvice layout, ToolsAdvice tools) {
		this.layout = layout;
		this.tools = tools;
	}

	// ConcurrencyFailureException covers optimistic locking failures (a stale version),
	// lock timeouts and deadlocks as Spring translates them; the JPA ones surface
	// untranslated only from an EntityManager used outside a repository.
	@ExceptionHandler({ ConcurrencyFailureException.class, OptimisticLockException.class,
			PessimisticLockException.class, LockTimeoutException.class })
	ModelAndView showConflict(Exception conflict, HttpServletRequest request, Locale locale) {
		log.info("A change to {} {} met another change made at the same moment and was not saved: {}",
				request.getMethod(), request.getRequestURI(), conflict.toString());
		// The page is rendered here rather than through the container's error dispatch so
		// that it carries the layout's menu and language switch like every other page.
		return new ModelAndView("error",
				Map.of("status", HttpStatus.CONFLICT.value(), "error", HttpStatus.CONFLICT.getReasonPhrase(),
						"otherLanguage", layout.otherLanguage(locale), "switchLanguageUrl",
						layout.switchLanguageUrl(request, locale), "menuTools", tools.menuTools()),
				HttpStatus.CONFLICT);
	}

}
