package org.copro.engines.sortition;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.copro.engines.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Sortition Foundation's CSV layout: a categories file of quotas and a
 * respondents file with one row per volunteer.
 *
 * <p>
 * Categories come as {@code category,name,min,max}; older files say {@code feature} for
 * {@code name}, and the sortition-algorithms package writes {@code feature,value,min,max}
 * (extra columns such as {@code min_flex} are ignored). Respondents have an id column,
 * one column per category, and optionally address columns: volunteers whose address
 * columns all agree form one household, of which at most one may sit on the panel.
 */
public final class SortitionCsv {

	/** The address columns the Sortition Foundation checks by default. */
	public static final List<String> DEFAULT_ADDRESS_COLUMNS = List.of("primary_address1", "primary_zip");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setIgnoreEmptyLines(false)
		.setIgnoreSurroundingSpaces(true)
		.get();

	private SortitionCsv() {
	}

	/** Reads the quotas of a categories file. */
	public static List<Quota> readCategories(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return readCategories(reader, file);
		}
	}

	/**
	 * Reads the quotas of a categories file; {@code file} only names it in error
	 * messages.
	 */
	public static List<Quota> readCategories(Reader reader, @Nullable Path file) throws IOException {
		try (CSVParser parser = FORMAT.parse(reader)) {
			List<CSVRecord> records = records(parser);
			if (records.isEmpty()) {
				throw new InvalidInputException(file, 1, "the categories file is empty");
			}
			Map<String, Integer> header = header(records.get(0));
			int category;
			int value;
			if (header.containsKey("category")) {
				category = header.get("category");
				value = firstColumn(header, file, "name", "feature", "value");
			}
			else if (header.containsKey("feature") && header.containsKey("value")) {
				category = header.get("feature");
				value = header.get("value");
			}
			else {
				throw new InvalidInputException(file, 1,
						"expected a header 'category,name,min,max' (or 'category,feature,…' or 'feature,value,…')");
			}
			int min = firstColumn(header, file, "min");
			int max = firstColumn(header, file, "max");
			List<Quota> quotas = new ArrayList<>();
			Map<String, Long> seen = new HashMap<>();
			for (CSVRecord record : records.subList(1, records.size())) {
				int line = lineOf(record);
				String categoryName = field(record, category, file, line, "category");
				String valueName = field(record, value, file, line, "name");
				int lower = integer(record, min, file, line, "min");
				int upper = integer(record, max, file, line, "max");
				if (upper < lower) {
					throw new InvalidInputException(file, line,
							"max " + upper + " is below min " + lower + " for " + categoryName + "/" + valueName);
				}
				Long earlier = seen.putIfAbsent(categoryName + "\u001f" + valueName, (long) line);
				if (earlier != null) {
					throw new InvalidInputException(file, line,
							categoryName + "/" + valueName + " is listed twice (first on line " + earlier + ")");
				}
				quotas.add(new Quota(categoryName, valueName, lower, upper));
			}
			if (quotas.isEmpty()) {
				throw new InvalidInputException(file, 1, "the categories file has no quotas");
			}
			return List.copyOf(quotas);
		}
	}

	/**
	 * Reads the respondents file.
	 * @param idColumn the id column, or null for the first column that is not a category
	 * (rows are numbered from 1 when every column is a category)
	 * @param addressColumns the columns that make up an address, empty for no household
	 * rule, or null for {@link #DEFAULT_ADDRESS_COLUMNS} when the file has all of them
	 */
	public static List<Respondent> readRespondents(Path file, List<Quota> quotas, @Nullable String idColumn,
			@Nullable List<String> addressColumns) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return readRespondents(reader, file, quotas, idColumn, addressColumns);
		}
	}

	/** Reads the respondents file; {@code file} only names it in error messages. */
	public static List<Respondent> readRespondents(Reader reader, @Nullable Path file, List<Quota> quotas,
			@Nullable String idColumn, @Nullable List<String> addressColumns) throws IOException {
		try (CSVParser parser = FORMAT.parse(reader)) {
			List<CSVRecord> records = records(parser);
			if (records.isEmpty()) {
				throw new InvalidInputException(file, 1, "the respondents file is empty");
			}
			List<String> names = new ArrayList<>();
			records.get(0).forEach(name -> names.add(stripBom(name).trim()));
			Map<String, Set<String>> valuesByCategory = new LinkedHashMap<>();
			for (Quota quota : quotas) {
				valuesByCategory.computeIfAbsent(quota.category(), c -> new HashSet<>()).add(quota.value());
			}
			Map<String, Integer> categoryColumns = new LinkedHashMap<>();
			for (String category : valuesByCategory.keySet()) {
				int column = names.indexOf(category);
				if (column < 0) {
					throw new InvalidInputException(file, 1, "no column for category '" + category + "'");
				}
				categoryColumns.put(category, column);
			}
			int id = idColumn(names, valuesByCategory.keySet(), idColumn, file);
			List<Integer> address = addressColumns(names, addressColumns, file);
			List<Respondent> respondents = new ArrayList<>();
			Map<String, Integer> lineOfId = new HashMap<>();
			int row = 0;
			for (CSVRecord record : records.subList(1, records.size())) {
				row++;
				int line = lineOf(record);
				if (record.size() != names.size()) {
					throw new InvalidInputException(file, line,
							"expected " + names.size() + " fields, found " + record.size());
				}
				String respondentId = id < 0 ? Integer.toString(row) : field(record, id, file, line, names.get(id));
				Integer earlier = lineOfId.putIfAbsent(respondentId, line);
				if (earlier != null) {
					throw new InvalidInputException(file, line,
							"respondent id '" + respondentId + "' is used twice (first on line " + earlier + ")");
				}
				Map<String, String> features = new LinkedHashMap<>();
				for (Map.Entry<String, Integer> entry : categoryColumns.entrySet()) {
					String value = record.get(entry.getValue()).trim();
					if (!valuesByCategory.get(entry.getKey()).contains(value)) {
						throw new InvalidInputException(file, line, "respondent '" + respondentId + "' answers '"
								+ value + "' for '" + entry.getKey() + "', which has no quota in the categories file");
					}
					features.put(entry.getKey(), value);
				}
				respondents.add(new Respondent(respondentId, features, household(record, address)));
			}
			if (respondents.isEmpty()) {
				throw new InvalidInputException(file, 1, "the respondents file has no respondents");
			}
			return List.copyOf(respondents);
		}
	}

	private static int idColumn(List<String> names, Set<String> categories, @Nullable String idColumn,
			@Nullable Path file) {
		if (idColumn != null) {
			int column = names.indexOf(idColumn);
			if (column < 0) {
				throw new InvalidInputException(file, 1, "no id column '" + idColumn + "'");
			}
			return column;
		}
		return categories.contains(names.get(0)) ? -1 : 0;
	}

	private static List<Integer> addressColumns(List<String> names, @Nullable List<String> addressColumns,
			@Nullable Path file) {
		if (addressColumns == null) {
			return names.containsAll(DEFAULT_ADDRESS_COLUMNS)
					? DEFAULT_ADDRESS_COLUMNS.stream().map(names::indexOf).toList() : List.of();
		}
		List<Integer> columns = new ArrayList<>();
		for (String name : addressColumns) {
			int column = names.indexOf(name);
			if (column < 0) {
				throw new InvalidInputException(file, 1, "no address column '" + name + "'");
			}
			columns.add(column);
		}
		return columns;
	}

	/**
	 * Blank addresses say nothing about who lives together, so they form no household.
	 */
	private static @Nullable String household(CSVRecord record, List<Integer> address) {
		if (address.isEmpty()) {
			return null;
		}
		List<String> parts = address.stream().map(c -> record.get(c).trim().toLowerCase(Locale.ROOT)).toList();
		if (parts.stream().allMatch(String::isEmpty)) {
			return null;
		}
		return parts.stream().collect(Collectors.joining("\u001f"));
	}

	private static Map<String, Integer> header(CSVRecord record) {
		Map<String, Integer> header = new HashMap<>();
		for (int i = 0; i < record.size(); i++) {
			header.putIfAbsent(stripBom(record.get(i)).trim().toLowerCase(Locale.ROOT), i);
		}
		return header;
	}

	private static int firstColumn(Map<String, Integer> header, @Nullable Path file, String... names) {
		for (String name : names) {
			Integer column = header.get(name);
			if (column != null) {
				return column;
			}
		}
		throw new InvalidInputException(file, 1, "no '" + names[0] + "' column in the header");
	}

	private static String field(CSVRecord record, int column, @Nullable Path file, int line, String what) {
		String value = column < record.size() ? record.get(column).trim() : "";
		if (value.isEmpty()) {
			throw new InvalidInputException(file, line, "empty " + what);
		}
		return value;
	}

	private static int integer(CSVRecord record, int column, @Nullable Path file, int line, String what) {
		String text = field(record, column, file, line, what);
		try {
			int value = Integer.parseInt(text);
			if (value < 0) {
				throw new InvalidInputException(file, line, what + " must not be negative, found " + value);
			}
			return value;
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(file, line, what + " must be a whole number, found '" + text + "'");
		}
	}

	/**
	 * Keeps blank lines out while counting them, so that record numbers stay line
	 * numbers.
	 */
	private static List<CSVRecord> records(CSVParser parser) {
		List<CSVRecord> records = new ArrayList<>();
		for (CSVRecord record : parser) {
			if (!(record.size() == 1 && record.get(0).isBlank())) {
				records.add(record);
			}
		}
		return records;
	}

	/** The line a record starts on (records never span lines in these files). */
	private static int lineOf(CSVRecord record) {
		return (int) record.getRecordNumber();
	}

	private static String stripBom(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
