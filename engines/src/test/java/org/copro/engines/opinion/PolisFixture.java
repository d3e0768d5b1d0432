package org.copro.engines.opinion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the reddwarf fixtures in ../shared/data/polis/reddwarf-fixtures: a real
 * conversation's votes and comments (agree = +1) with the Polis math worker's own output
 * ({@code math-pca2.json}, which works in the database convention agree = −1).
 */
record PolisFixture(String name, VoteMatrix votes, List<Statement> statements, JsonNode math) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The shared data folder, found by walking up from the working directory, or null.
	 */
	static Path sharedData() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/data");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	static Path fixtures() {
		Path data = sharedData();
		return data == null ? null : data.resolve("polis/reddwarf-fixtures");
	}

	static PolisFixture load(Path dir) throws Exception {
		JsonNode votes = JSON.readTree(dir.resolve("votes.json").toFile());
		VoteMatrix.Builder builder = VoteMatrix.builder();
		for (JsonNode vote : votes) {
			String pid = text(vote, "pid", "participant_id");
			String tid = text(vote, "tid", "statement_id");
			builder.add(pid, tid, vote.get("vote").asInt(), (long) Double.parseDouble(vote.get("modified").asString()));
		}
		JsonNode math = JSON.readTree(dir.resolve("math-pca2.json").toFile());
		restoreMissingVotes(builder, votes, math);
		List<Statement> statements = new ArrayList<>();
		for (JsonNode comment : JSON.readTree(dir.resolve("comments.json").toFile())) {
			JsonNode mod = comment.has("mod") ? comment.get("mod") : comment.get("moderated");
			statements.add(new Statement(text(comment, "tid", "statement_id"), comment.get("txt").asString(),
					mod.asInt(), comment.get("is_meta").asBoolean()));
		}
		return new PolisFixture(dir.getFileName().toString(), builder.build(), statements, math);
	}

	/**
	 * One fixture's export lacks the votes of one participant that the math worker
	 * counted (its {@code user-vote-counts} says so). When exactly one participant is
	 * short, their votes are recovered from the math worker's own column means: a column
	 * whose mean moved by one extra vote tells that vote.
	 */
	private static void restoreMissingVotes(VoteMatrix.Builder builder, JsonNode votes, JsonNode math) {
		Map<String, Integer> counted = new HashMap<>();
		Map<String, double[]> column = new HashMap<>();
		for (JsonNode vote : votes) {
			counted.merge(text(vote, "pid", "participant_id"), 1, Integer::sum);
			double[] sumAndCount = column.computeIfAbsent(text(vote, "tid", "statement_id"), t -> new double[2]);
			sumAndCount[0] += vote.get("vote").asInt();
			sumAndCount[1]++;
		}
		List<String> short_ = new ArrayList<>();
		math.get("user-vote-counts").properties().forEach(e -> {
			if (e.getValue().asInt() != counted.getOrDefault(e.getKey(), 0)) {
				short_.add(e.getKey());
			}
		});
		if (short_.size() != 1) {
			return;
		}
		JsonNode tids = math.get("tids");
		JsonNode center = math.get("pca").get("center");
		for (int j = 0; j < tids.size(); j++) {
			double[] sumAndCount = column.get(Long.toString(tids.get(j).asLong()));
			// The math worker's centre is in the database convention (agree = -1).
			double target = -center.get(j).asDouble();
			for (int vote = -1; vote <= 1; vote++) {
				if (target != 0 && Math.abs(sumAndCount[0] / sumAndCount[1] - target) > 1e-9
						&& Math.abs((sumAndCount[0] + vote) / (sumAndCount[1] + 1) - target) < 1e-9) {
					builder.add(short_.getFirst(), Long.toString(tids.get(j).asLong()), vote, 0);
				}
			}
		}
	}

	private static String text(JsonNode node, String name, String alternative) {
		JsonNode value = node.has(name) ? node.get(name) : node.get(alternative);
		return value.isNumber() ? Long.toString(value.asLong()) : value.asString();
	}

	/** Each participant's group in the math worker's output (−1 when not grouped). */
	int[] groupOf() {
		Map<String, Integer> row = new HashMap<>();
		for (int i = 0; i < votes.participantCount(); i++) {
			row.put(votes.participants().get(i), i);
		}
		Map<Integer, List<String>> baseMembers = new HashMap<>();
		JsonNode base = math.get("base-clusters");
		for (int b = 0; b < base.get("id").size(); b++) {
			List<String> members = new ArrayList<>();
			base.get("members").get(b).forEach(m -> members.add(Long.toString(m.asLong())));
			baseMembers.put(base.get("id").get(b).asInt(), members);
		}
		int[] groupOf = new int[votes.participantCount()];
		java.util.Arrays.fill(groupOf, -1);
		int g = 0;
		for (JsonNode group : math.get("group-clusters")) {
			for (JsonNode bid : group.get("members")) {
				for (String pid : baseMembers.get(bid.asInt())) {
					groupOf[row.get(pid)] = g;
				}
			}
			g++;
		}
		return groupOf;
	}

	int groupCount() {
		return math.get("group-clusters").size();
	}
}
