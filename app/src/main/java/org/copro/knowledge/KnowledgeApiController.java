package org.copro.knowledge;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search for programs ({@code /api/v1/knowledge/search}) and the export of any search
 * as CSV or JSON, in the layout that {@code copro kb import} reads back.
 */
@RestController
class KnowledgeApiController {

	static final int EXPORT_LIMIT = 1000;

	private final KnowledgeSearch search;

	KnowledgeApiController(KnowledgeSearch search) {
		this.search = search;
	}

	@GetMapping(path = "/api/v1/knowledge/search", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> search(@RequestParam MultiValueMap<String, String> parameters) {
		SearchResults results = search.search(read(parameters, 10));
		List<Map<String, Object>> hits = new ArrayList<>();
		for (SearchResults.Hit hit : results.hits()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", hit.entry().id());
			json.put("externalId", hit.entry().externalId());
			json.put("type", hit.entry().type().code());
			json.put("title", hit.entry().title());
			json.put("summary", hit.entry().summary());
			json.put("score", hit.score());
			hits.add(json);
		}
		Map<String, Object> facets = new LinkedHashMap<>();
		results.facets().forEach((facet, values) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			values.forEach(value -> counts.put(value.value(), value.count()));
			facets.put(facet, counts);
		});
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("total", results.total());
		json.put("page", results.request().page());
		json.put("size", results.request().size());
		if (results.suggestion() != null) {
			json.put("suggestion", results.suggestion());
		}
		json.put("results", hits);
		json.put("facets", facets);
		return json;
	}

	@GetMapping(path = "/knowledge/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Map<String, Object>>> exportJson(@RequestParam MultiValueMap<String, String> parameters) {
		List<Map<String, Object>> rows = exported(parameters).stream().map(KnowledgeApiController::row).toList();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"knowledge.json\"")
			.body(rows);
	}

	@GetMapping(path = "/knowledge/export.csv", produces = "text/csv")
	ResponseEntity<String> exportCsv(@RequestParam MultiValueMap<String, String> parameters) throws IOException {
		List<KnowledgeEntry> entries = exported(parameters);
		StringWriter out = new StringWriter();
		List<String> header = List.of("externalId", "type", "title", "summary", "body", "period", "startYear",
				"endYear", "country", "region", "localArea", "serviceAreas", "approaches", "keywords", "contributors",
				"organiser", "url", "language");
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (KnowledgeEntry entry : entries) {
				Map<String, Object> row = row(entry);
				List<Object> values = new ArrayList<>();
				for (String column : header) {
					Object value = row.get(column);
					values.add(value instanceof List<?> list
							? String.join("; ", list.stream().map(String::valueOf).toList())
							: safeForSpreadsheets(value));
				}
				printer.printRecord(values);
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"knowledge.csv\"")
			.body(out.toString());
	}

	private List<KnowledgeEntry> exported(MultiValueMap<String, String> parameters) {
		SearchRequest asked = read(parameters, 10);
		SearchRequest all = new SearchRequest(asked.query(), asked.filters(), asked.order(), 1, EXPORT_LIMIT);
		return search.entries(search.search(all, false));
	}

	private static SearchRequest read(MultiValueMap<String, String> parameters, int defaultSize) {
		try {
			return SearchParameters.read(parameters, defaultSize);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	private static Map<String, Object> row(KnowledgeEntry entry) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("externalId", entry.externalId());
		row.put("type", entry.type().code());
		row.put("title", entry.title());
		row.put("summary", entry.summary());
		row.put("body", entry.body());
		row.put("period", entry.period());
		row.put("startYear", entry.startYear());
		row.put("endYear", entry.endYear());
		row.put("country", entry.country());
		row.put("region", entry.region());
		row.put("localArea", entry.localArea());
		row.put("serviceAreas", entry.serviceAreas());
		row.put("approaches", entry.approaches());
		row.put("keywords", entry.keywords());
		row.put("contributors", entry.contributors());
		row.put("organiser", entry.organiser());
		row.put("url", entry.url());
		row.put("language", entry.language());
		return row;
	}

	/**
	 * Spreadsheet programs run a cell that starts with = + - or @ as a formula; a leading
	 * quote stops that.
	 */
	private static Object safeForSpreadsheets(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value == null ? "" : value;
	}

}
