package org.copro.conversations;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A conversation's report for everyone to read: opinion groups, consensus, the opinion
 * map, and the same figures as JSON and CSV.
 */
@Controller
class ConversationReportController {

	private final Conversations conversations;

	private final JsonMapper json;

	ConversationReportController(Conversations conversations, JsonMapper json) {
		this.conversations = conversations;
		this.json = json;
	}

	@GetMapping("/conversations/{id}/report")
	String showReport(@PathVariable long id, Model model) {
		Conversation conversation = conversations.find(id);
		model.addAttribute("conversation", conversation);
		model.addAttribute("report", conversations.report(conversation));
		model.addAttribute("minVoters", ConversationReport.MIN_VOTERS);
		model.addAttribute("minStatements", ConversationReport.MIN_STATEMENTS);
		return "conversations/report";
	}

	@GetMapping("/conversations/{id}/report.json")
	ResponseEntity<byte[]> downloadJson(@PathVariable long id) {
		Conversation conversation = conversations.find(id);
		ConversationReport report = conversations.report(conversation);
		Map<String, Object> body = new LinkedHashMap<>();
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("id", conversation.id());
		about.put("title", conversation.title());
		about.put("question", conversation.question());
		about.put("language", conversation.language());
		about.put("open", conversation.open());
		body.put("conversation", about);
		body.put("voters", report.voters());
		body.put("votes", report.votes());
		body.put("enoughData", report.enoughData());
		body.put("groups", report.groups());
		Map<String, Object> consensus = new LinkedHashMap<>();
		consensus.put("agree", report.agreeConsensus());
		consensus.put("disagree", report.disagreeConsensus());
		consensus.put("groupInformed", report.groupConsensus());
		body.put("consensus", consensus);
		body.put("map", report.map().stream().map(point -> {
			Map<String, Object> each = new LinkedHashMap<>();
			each.put("participant", point.number());
			each.put("group", point.group() == null ? null : point.group().label());
			each.put("x", point.x());
			each.put("y", point.y());
			return each;
		}).toList());
		body.put("statements", report.statements());
		byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
		return download(bytes, MediaType.APPLICATION_JSON, "conversation-" + id + "-report.json");
	}

	@GetMapping("/conversations/{id}/report.csv")
	ResponseEntity<byte[]> downloadCsv(@PathVariable long id) {
		Conversation conversation = conversations.find(id);
		ConversationReport report = conversations.report(conversation);
		StringBuilder csv = new StringBuilder();
		List<String> header = new java.util.ArrayList<>(List.of("statement", "text", "status", "meta", "seed", "agree",
				"disagree", "pass", "representative_of", "consensus"));
		for (ConversationReport.Group group : report.groups()) {
			header.add("group_" + group.label() + "_agree_percent");
			header.add("group_" + group.label() + "_disagree_percent");
			header.add("group_" + group.label() + "_pass_percent");
		}
		row(csv, header);
		for (ConversationReport.StatementTotals s : report.statements()) {
			List<String> cells = new java.util.ArrayList<>(
					List.of(Long.toString(s.id()), s.text(), s.status(), Boolean.toString(s.meta()),
							Boolean.toString(s.seed()), Integer.toString(s.agree()), Integer.toString(s.disagree()),
							Integer.toString(s.pass()), s.representativeOf() == null ? "" : s.representativeOf(),
							s.consensus() == null ? "" : s.consensus()));
			for (ConversationReport.Percentages p : s.byGroup()) {
				cells.add(Integer.toString(p.agree()));
				cells.add(Integer.toString(p.disagree()));
				cells.add(Integer.toString(p.pass()));
			}
			row(csv, cells);
		}
		return download(csv.toString().getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), "conversation-" + id + "-report.csv");
	}

	/**
	 * RFC 4180 quoting; a cell that a spreadsheet would run as a formula is defused with
	 * a leading quote.
	 */
	static void row(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+")) {
				cell = "'" + cell;
			}
			if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
				cell = "\"" + cell.replace("\"", "\"\"") + "\"";
			}
			csv.append(i == 0 ? "" : ",").append(cell);
		}
		csv.append("\r\n");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
