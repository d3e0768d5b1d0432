package org.copro.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads is a message key with an English and a Welsh value.
 */
class I18nTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(alt|title|placeholder|aria-label|value|label)=\"([^\"]*\\p{L}[^\"]*)\"");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");

	@Test
	void everyModuleHasTheSameKeysInEnglishAndWelsh() throws IOException {
		List<Path> englishBundles = bundles();
		assertThat(englishBundles).isNotEmpty();
		for (Path english : englishBundles) {
			Path welsh = english.resolveSibling("messages_cy.properties");
			assertThat(welsh).as("Welsh messages beside %s", english).exists();
			Properties en = load(english);
			Properties cy = load(welsh);
			assertThat(cy.stringPropertyNames()).as("keys in %s", welsh).isEqualTo(en.stringPropertyNames());
			for (String key : en.stringPropertyNames()) {
				assertThat(en.getProperty(key)).as("%s in %s", key, english).isNotBlank();
				assertThat(cy.getProperty(key)).as("%s in %s", key, welsh).isNotBlank();
			}
		}
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = withoutCommentsScriptsAndStyles(Files.readString(template));
			// Attribute values may hold '>' (th:if="${a > 1}"); they are checked
			// separately below.
			Matcher text = TEXT_NODE.matcher(html.replaceAll("=\"[^\"]*\"", "=\"\""));
			while (text.find()) {
				String content = text.group(1).strip();
				if (content.codePoints().anyMatch(Character::isLetter)) {
					problems.add(template + ": text \"" + content + "\"");
				}
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				boolean isFormValue = attribute.group(1).equals("value") && attribute.group(2).matches("[a-z0-9_-]+");
				if (!isFormValue) {
					problems.add(template + ": attribute " + attribute.group(0).strip());
				}
			}
		}
		assertThat(problems).as("text a person reads must come from a message key").isEmpty();
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Path bundle : bundles()) {
			known.addAll(load(bundle).stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!known.contains(key.group(1))) {
					missing.add(template + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theCheckFindsHardCodedText() {
		Matcher text = TEXT_NODE
			.matcher(withoutCommentsScriptsAndStyles("<p>Hello</p><!-- note --><p th:text=\"#{a}\"></p>"));
		List<String> found = new ArrayList<>();
		while (text.find()) {
			if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
				found.add(text.group(1));
			}
		}
		assertThat(found).containsExactly("Hello");
	}

	private static String withoutCommentsScriptsAndStyles(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
			.replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>");
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("i18n"))) {
			return files.filter(file -> file.getFileName().toString().equals("messages.properties")).sorted().toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file);
				var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
