package org.copro.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads entries from JSON Lines (one object a line) or CSV with a header row, in the
 * layout of Participedia's export and of CoPro's own export; every problem is reported
 * with the line where its record starts.
 */
final class EntryFileReader {

	static final int MAX_TITLE = 1000;

	static final int MAX_SUMMARY = 20_000;

	static final int MAX_BODY = 1_000_000;

	private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}");

	private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Row(int line, EntryDraft draft) {
	}

	record Problem(int line, String message) {
	}

	record Result(List<Row> rows, List<Problem> problems) {
	}

	private EntryFileReader() {
	}

	static Result read(Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return name.endsWith(".csv") ? readCsv(reader) : readJsonLines(reader);
		}
	}

	static Result readJsonLines(BufferedReader reader) throws IOException {
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (number == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank()) {
				continue;
			}
			Map<?, ?> object;
			try {
				Object value = JSON.readValue(line, Object.class);
				if (!(value instanceof Map<?, ?> map)) {
					problems.add(new Problem(number, "expected a JSON object"));
					continue;
				}
				object = map;
			}
			catch (JacksonException ex) {
				problems.add(new Problem(number, "not valid JSON (" + firstLine(ex.getOriginalMessage()) + ")"));
				continue;
			}
			Map<String, Object> fields = new HashMap<>();
			object.forEach((key, value) -> fields.put(String.valueOf(key), value));
			convert(number, fields, rows, problems, seen);
		}
		return new Result(rows, problems);
	}

	static Result readCsv(Reader reader) throws IOException {
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			long previousEnd = 1;
			var iterator = parser.iterator();
			while (true) {
				CSVRecord record;
				int line = (int) previousEnd + 1;
				try {
					if (!iterator.hasNext()) {
						break;
					}
					record = iterator.next();
				}
				catch (RuntimeException ex) {
					problems.add(new Problem(line, "not valid CSV (" + firstLine(ex.getMessage()) + ")"));
					break;
				}
				previousEnd = parser.getCurrentLineNumber();
				if (!record.isConsistent()) {
					problems.add(new Problem(line,
							"expected " + parser.getHeaderNames().size() + " columns, found " + record.size()));
					continue;
				}
				Map<String, Object> fields = new HashMap<>();
				record.toMap().forEach(fields::put);
				convert(line, fields, rows, problems, seen);
			}
		}
		return new Result(rows, problems);
	}

	private static void convert(int line, Map<String, Object> fields, List<Row> rows, List<Problem> problems,
			Map<String, Integer> seen) {
		List<String> wrong = new ArrayList<>();
		String externalId = text(fields, "externalId", "external_id", "id");
		if (externalId.isEmpty()) {
			wrong.add("the id is missing");
		}
		else if (!EXTERNAL_ID.matcher(externalId).matches()) {
			wrong.add("the id '" + externalId + "' may hold only letters, digits and . _ : / - (200 at most)");
		}
		else if (seen.containsKey(externalId)) {
			wrong.add("the id '" + externalId + "' is also on line " + seen.get(externalId));
		}
		String typeCode = text(fields, "type", "entry_type");
		Optional<EntryType> type = EntryType.fromCode(typeCode.isEmpty() ? "case" : typeCode);
		if (type.isEmpty()) {
			wrong.add("unknown type '" + typeCode + "' (case, method, organisation, research, guide, publication)");
		}
		String title = text(fields, "title");
		if (title.isEmpty()) {
			wrong.add("the title is missing");
		}
		else if (title.length() > MAX_TITLE) {
			wrong.add("the title is longer than " + MAX_TITLE + " characters");
		}
		String summary = text(fields, "summary");
		if (summary.length() > MAX_SUMMARY) {
			wrong.add("the summary is longer than " + MAX_SUMMARY + " characters");
		}
		String body = text(fields, "body");
		if (body.length() > MAX_BODY) {
			wrong.add("the body is longer than " + MAX_BODY + " characters");
		}
		String url = text(fields, "url");
		if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
			wrong.add("the url must start with https:// or http://");
		}
		String language = text(fields, "language", "lang").toLowerCase(Locale.ROOT);
		if (language.isEmpty()) {
			language = "en";
		}
		else if (!LANGUAGE.matcher(language).matches()) {
			wrong.add("unknown language '" + language + "'");
		}
		String statusText = text(fields, "status").toLowerCase(Locale.ROOT);
		EntryStatus status = EntryStatus.PUBLISHED;
		if (statusText.equals("draft")) {
			status = EntryStatus.DRAFT;
		}
		else if (!statusText.isEmpty() && !statusText.equals("published")) {
			wrong.add("unknown status '" + statusText + "' (draft or published)");
		}
		Integer startYear = year(text(fields, "startYear", "start_year", "start_date"));
		Integer endYear = year(text(fields, "endYear", "end_year", "end_date"));
		if (startYear != null && endYear != null && endYear < startYear) {
			// Some published records swap or mistype the end; the start year is the one
			// facets and sorting use.
			endYear = null;
		}
		if (!wrong.isEmpty()) {
			problems.add(new Problem(line, String.join("; ", wrong)));
			return;
		}
		seen.put(externalId, line);
		String period = text(fields, "period");
		if (period.isEmpty()) {
			period = Periods.describe(startYear, endYear);
		}
		EntryDraft draft = new EntryDraft(externalId, type.orElseThrow(), title, summary, body, period, startYear,
				endYear, text(fields, "country"), text(fields, "region", "province"),
				text(fields, "localArea", "local_area", "city"),
				list(fields, "serviceAreas", "service_areas", "general_issues", "issues"),
				list(fields, "approaches", "specific_methods", "methods"), list(fields, "keywords"),
				unquote(text(fields, "contributors", "contributed_by")),
				text(fields, "organiser", "primary_organizer", "organizer"), url, language, status);
		rows.add(new Row(line, draft));
	}

	private static String text(Map<String, Object> fields, String... names) {
		for (String name : names) {
			Object value = fields.get(name);
			if (value instanceof List<?> values) {
				return String.join("; ", values.stream().map(String::valueOf).toList()).strip();
			}
			if (value != null && !String.valueOf(value).isBlank()) {
				return String.valueOf(value).strip();
			}
		}
		return "";
	}

	private static List<String> list(Map<String, Object> fields, String... names) {
		for (String name : names) {
			Object value = fields.get(name);
			if (value instanceof List<?> values) {
				return values.stream()
					.filter(each -> each != null)
					.map(each -> String.valueOf(each).strip())
					.filter(each -> !each.isEmpty())
					.toList();
			}
			if (value != null && !String.valueOf(value).isBlank()) {
				return Arrays.stream(String.valueOf(value).split("[;|\n]"))
					.map(String::strip)
					.filter(each -> !each.isEmpty())
					.toList();
			}
		}
		return List.of();
	}

	private static @Nullable Integer year(String text) {
		Matcher matcher = YEAR.matcher(text);
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

	private static String unquote(String text) {
		return text.replace("\"", "").strip();
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "unreadable";
		}
		String line = message.lines().findFirst().orElse("unreadable");
		// Jackson adds where in its own buffer the problem is; the line number already
		// says where.
		for (String noise : new String[] { " (start marker", " at [Source" }) {
			int at = line.indexOf(noise);
			if (at > 0) {
				line = line.substring(0, at);
			}
		}
		return line;
	}

}
