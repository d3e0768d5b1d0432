package org.copro.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Limits how often one client address may try to sign in, sign up, reset a password or
 * post a statement, so that passwords cannot be guessed at speed and mailboxes and
 * conversations cannot be flooded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

	/**
	 * Where people post what others will read or what costs a mail: signing in and up,
	 * resets, statements.
	 */
	private static final List<PathPattern> LIMITED_PATHS = Stream
		.of("/sign-in", "/sign-up", "/reset-password", "/conversations/*/statements", "/proposals/*",
				"/proposals/*/*/comments")
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private static final int MAX_TRACKED_CLIENTS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int attemptsPerMinute;

	RateLimitFilter(@Value("${copro.rate-limit.attempts-per-minute:10}") int attemptsPerMinute) {
		this.attemptsPerMinute = attemptsPerMinute;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || limitedPath(request) == null;
	}

	private static @Nullable String limitedPath(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return LIMITED_PATHS.stream()
			.filter(pattern -> pattern.matches(path))
			.map(PathPattern::getPatternString)
			.findFirst()
			.orElse(null);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (buckets.size() > MAX_TRACKED_CLIENTS) {
			buckets.clear();
		}
		String key = limitedPath(request) + " " + request.getRemoteAddr();
		Bucket bucket = buckets.computeIfAbsent(key,
				ignored -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(attemptsPerMinute)
						.refillGreedy(attemptsPerMinute, Duration.ofMinutes(1))
						.build())
					.build());
		if (bucket.tryConsume(1)) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Retry-After", "60");
		// The error page explains, in the person's language, that they should wait a
		// minute.
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

}
