package org.copro.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what co-production is, and the way into each part of the platform.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String showHome() {
		return "web/home";
	}
}
