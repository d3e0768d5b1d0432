package org.copro.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;

/**
 * How every form answers input it cannot take: the same page again, with the error
 * summary and each field's message and what the person typed, under 400 Bad Request, so
 * that nothing (a browser, a proxy, a script, a test) takes the page for a success.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** Answers 400 Bad Request for a form shown again with its errors. */
	public static void refuse(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
	}

	/**
	 * Answers 400 Bad Request when the form has errors, and says whether it has, for
	 * {@code if (FormErrors.refused(result, response)) return showForm(…);}.
	 */
	public static boolean refused(BindingResult result, HttpServletResponse response) {
		if (result.hasErrors()) {
			refuse(response);
			return true;
		}
		return false;
	}

}
