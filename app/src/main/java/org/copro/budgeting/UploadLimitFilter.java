package org.copro.budgeting;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a .pb upload larger than the multipart limit back to its form with a clear error.
 * It must run before the security filters: the container refuses to read such a request's
 * fields, so its CSRF token would look missing and the facilitator would get a
 * "forbidden" page instead of the form.
 */
@Component
@Order(-200)
class UploadLimitFilter extends OncePerRequestFilter {

	private static final Pattern IMPORT = Pattern.compile("/budgeting(/\\d+)?/import");

	private final DataSize limit;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
		this.limit = limit;
	}

	/** The largest file accepted, in whole megabytes, for the message. */
	long megabytes() {
		return limit.toMegabytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !IMPORT.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	private static long declaredLength(HttpServletRequest request) {
		long length = request.getContentLengthLong();
		String header = request.getHeader("Content-Length");
		if (length < 0 && header != null && header.strip().matches("[0-9]{1,18}")) {
			return Long.parseLong(header.strip());
		}
		return length;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (declaredLength(request) > limit.toBytes()) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getRequestURI() + "?too-large");
			return;
		}
		chain.doFilter(request, response);
	}

}
