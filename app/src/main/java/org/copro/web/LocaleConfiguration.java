package org.copro.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English and Welsh: the language comes from {@code ?lang=}, then the remembered cookie,
 * then the browser.
 *
 * <p>
 * Each module keeps its messages in {@code i18n/<module>/messages{,_cy}.properties}; they
 * are found here, so a new module needs no edit to this class.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

	/** The languages the platform speaks, in the order the switch offers them. */
	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"));

	static final String LANGUAGE_COOKIE = "copro_lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction(request -> {
			Locale requested = request.getLocale();
			return requested != null && "cy".equals(requested.getLanguage()) ? LANGUAGES.get(1) : Locale.ENGLISH;
		});
		return resolver;
	}

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames(moduleMessageBasenames());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.ENGLISH);
		return messages;
	}

	static String[] moduleMessageBasenames() {
		try {
			Resource[] bundles = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:i18n/*/messages.properties");
			return java.util.Arrays.stream(bundles).map(bundle -> {
				String path = uriOf(bundle);
				String module = path.substring(0, path.lastIndexOf('/'));
				return "classpath:i18n/" + module.substring(module.lastIndexOf('/') + 1) + "/messages";
			}).distinct().sorted().toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the message bundles", ex);
		}
	}

	private static String uriOf(Resource resource) {
		try {
			return resource.getURI().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				return LANGUAGES.stream()
					.filter(language -> language.getLanguage().equals(value))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + value));
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// GOV.UK Frontend's stylesheet refers to its images under /assets/.
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.11.0/dist/govuk/assets/")
			.setCacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofDays(7)));
	}

}
