package org.copro.directory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The directory as CSV, one organisation a line: the administrators' export, and the
 * import of an existing list, which is checked line by line before anything is saved.
 * Several choices in one cell are separated by semicolons ({@code CARDIFF; SWANSEA}).
 */
final class OrganisationCsv {

	static final List<String> COLUMNS = List.of("name", "description", "sector", "size", "willingness", "willing_on",
			"areas", "areas_other", "service_areas", "offers", "contact_email", "language");

	static final int MAX_ROWS = 5000;

	/**
	 * A problem on one line of an imported file: the line number as a spreadsheet shows
	 * it, and the column.
	 */
	record Problem(long line, String field, String messageKey, String value) {
	}

	/**
	 * What an import file holds: the organisations it would add, and every problem that
	 * stops it.
	 */
	record Reading(List<Row> rows, List<Problem> problems) {

		boolean ok() {
			return problems.isEmpty() && !rows.isEmpty();
		}
	}

	/** One line, read. */
	record Row(long line, OrganisationDetails details) {
	}

	private OrganisationCsv() {
	}

	static String write(List<Organisation> organisations) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.DEFAULT.builder()
			.setHeader(COLUMNS.toArray(String[]::new))
			.get()
			.print(out)) {
			for (Organisation organisation : organisations) {
				printer.printRecord(organisation.name(), organisation.description(), organisation.sector().name(),
						organisation.size().name(), organisation.willingness().name(),
						orEmpty(organisation.willingOn()), joined(organisation.areas()),
						orEmpty(organisation.areasOther()), joined(organisation.services()),
						joined(organisation.offers()), organisation.contactEmail(), organisation.language());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static String joined(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.joining("; "));
	}

	static Reading read(Reader reader) throws IOException {
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		try (CSVParser parser = format.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(name -> name.strip().toLowerCase()).toList();
			for (String column : List.of("name", "description", "sector", "contact_email")) {
				if (!header.contains(column)) {
					problems.add(new Problem(1, column, "directory.import.column-missing", ""));
				}
			}
			if (!problems.isEmpty()) {
				return new Reading(List.of(), problems);
			}
			for (CSVRecord record : parser) {
				// The header is line 1, so the first organisation is on line 2, as a
				// spreadsheet numbers it.
				long line = record.getRecordNumber() + 1;
				if (rows.size() + 1 > MAX_ROWS) {
					problems.add(new Problem(line, "", "directory.import.too-many", Integer.toString(MAX_ROWS)));
					break;
				}
				OrganisationDetails details = readRow(record, line, problems);
				if (details != null) {
					rows.add(new Row(line, details));
				}
			}
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException ex) {
			problems.add(new Problem(0, "", "directory.import.unreadable", ""));
		}
		return new Reading(rows, problems);
	}

	private static @Nullable OrganisationDetails readRow(CSVRecord record, long line, List<Problem> problems) {
		int before = problems.size();
		String name = cell(record, "name");
		if (name.isBlank()) {
			problems.add(new Problem(line, "name", "directory.import.required", name));
		}
		else if (name.length() > 200) {
			problems.add(new Problem(line, "name", "directory.import.too-long", "200"));
		}
		String description = cell(record, "description");
		if (description.isBlank()) {
			problems.add(new Problem(line, "description", "directory.import.required", description));
		}
		else if (description.length() > 5000) {
			problems.add(new Problem(line, "description", "directory.import.too-long", "5000"));
		}
		Sector sector = Choices.parse(Sector.class, cell(record, "sector"));
		if (sector == null) {
			problems.add(new Problem(line, "sector", "directory.import.unknown", cell(record, "sector")));
		}
		String sizeText = cell(record, "size");
		OrganisationSize size = sizeText.isBlank() ? OrganisationSize.SMALL
				: Choices.parse(OrganisationSize.class, sizeText);
		if (size == null) {
			problems.add(new Problem(line, "size", "directory.import.unknown", sizeText));
		}
		String willingnessText = cell(record, "willingness");
		Willingness willingness = willingnessText.isBlank() ? Willingness.INTERESTED
				: Choices.parse(Willingness.class, willingnessText);
		if (willingness == null) {
			problems.add(new Problem(line, "willingness", "directory.import.unknown", willingnessText));
		}
		String willingOn = cell(record, "willing_on");
		if (willingOn.length() > 2000) {
			problems.add(new Problem(line, "willing_on", "directory.import.too-long", "2000"));
		}
		Set<Area> areas = many(Area.class, record, "areas", line, problems);
		String areasOther = cell(record, "areas_other");
		if (areasOther.length() > 500) {
			problems.add(new Problem(line, "areas_other", "directory.import.too-long", "500"));
		}
		Set<ServiceArea> services = many(ServiceArea.class, record, "service_areas", line, problems);
		Set<Offer> offers = many(Offer.class, record, "offers", line, problems);
		String email = cell(record, "contact_email");
		if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
			problems.add(new Problem(line, "contact_email", "directory.import.email", email));
		}
		// Files made before the column existed, or by hand, hold English text unless
		// told.
		String language = cell(record, "language").toLowerCase(java.util.Locale.ROOT);
		if (language.isEmpty()) {
			language = "en";
		}
		else if (!language.matches(org.copro.web.TextLanguages.PATTERN)) {
			problems.add(new Problem(line, "language", "directory.import.unknown", language));
		}
		if (problems.size() > before || sector == null || size == null || willingness == null || areas == null
				|| services == null || offers == null) {
			return null;
		}
		return new OrganisationDetails(name, description, sector, size, willingness, willingOn, areasOther, email,
				areas, services, offers, language);
	}

	private static <E extends Enum<E>> @Nullable Set<E> many(Class<E> type, CSVRecord record, String column, long line,
			List<Problem> problems) {
		List<String> values = Arrays.stream(cell(record, column).split(";"))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.toList();
		for (String value : values) {
			if (Choices.parse(type, value) == null) {
				problems.add(new Problem(line, column, "directory.import.unknown", value));
				return null;
			}
		}
		return Choices.parseAll(type, values);
	}

	private static String cell(CSVRecord record, String column) {
		for (String name : record.getParser().getHeaderNames()) {
			if (name.strip().equalsIgnoreCase(column)) {
				String value = record.isSet(name) ? record.get(name) : "";
				return value == null ? "" : value.strip();
			}
		}
		return "";
	}

}
