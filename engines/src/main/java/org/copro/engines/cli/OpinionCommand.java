package org.copro.engines.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.copro.engines.opinion.ConsensusStatement;
import org.copro.engines.opinion.OpinionAnalysis;
import org.copro.engines.opinion.OpinionAnalyzer;
import org.copro.engines.opinion.OpinionGroup;
import org.copro.engines.opinion.PolisExport;
import org.copro.engines.opinion.RepresentativeStatement;
import org.copro.engines.opinion.Statement;
import org.copro.engines.opinion.VoteMatrix;
import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code copro opinion analyze}: opinion groups, representative and consensus statements
 * of a Polis export.
 */
@Command(name = "opinion", mixinStandardHelpOptions = true,
		description = "Opinion groups of a conversation (Pol.is open-data export).",
		subcommands = { OpinionCommand.Analyze.class })
public final class OpinionCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** Output formats. */
	enum Format {

		json, text

	}

	@Command(name = "analyze", mixinStandardHelpOptions = true,
			description = "Find opinion groups, what represents each and what unites them.")
	static final class Analyze implements Callable<Integer> {

		@Spec
		private CommandSpec spec;

		@Option(names = "--votes", required = true,
				description = "votes.csv (timestamp,datetime,comment-id,voter-id,vote) or participants-votes.csv")
		private Path votes;

		@Option(names = "--comments", description = "comments.csv: statements moderated out (-1) are left out")
		private @Nullable Path comments;

		@Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
		private Format format;

		@Override
		public Integer call() {
			VoteMatrix matrix = PolisExport.readVotes(votes);
			List<Statement> statements = comments == null ? List.of() : PolisExport.readComments(comments);
			OpinionAnalysis analysis = OpinionAnalyzer.analyze(matrix, statements);
			PrintWriter out = spec.commandLine().getOut();
			if (format == Format.text) {
				printText(out, analysis, statements);
			}
			else {
				JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
				out.println(json.writeValueAsString(toJson(analysis)));
			}
			out.flush();
			return 0;
		}

	}

	static Map<String, Object> toJson(OpinionAnalysis analysis) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("participants", analysis.participants().size());
		root.put("statements", analysis.statements().size() - analysis.excluded().size());
		root.put("clustered", analysis.clustered().size());
		root.put("excluded", analysis.excluded());
		List<Object> groups = new ArrayList<>();
		for (OpinionGroup group : analysis.groups()) {
			Map<String, Object> g = new LinkedHashMap<>();
			g.put("id", group.id());
			g.put("members", group.members());
			List<Object> representative = new ArrayList<>();
			for (RepresentativeStatement r : group.representative()) {
				Map<String, Object> s = new LinkedHashMap<>();
				s.put("statement", r.statement());
				s.put("direction", r.direction().label());
				s.put("votes", r.successes());
				s.put("seen", r.trials());
				s.put("probability", r.probability());
				s.put("probabilityTest", r.probabilityTest());
				s.put("repness", r.repness());
				s.put("repnessTest", r.repnessTest());
				if (r.bestAgree()) {
					s.put("bestAgree", true);
				}
				representative.add(s);
			}
			g.put("representative", representative);
			groups.add(g);
		}
		root.put("groups", groups);
		Map<String, Object> consensus = new LinkedHashMap<>();
		consensus.put("agree", analysis.agreeConsensus().stream().map(ConsensusStatement::statement).toList());
		consensus.put("disagree", analysis.disagreeConsensus().stream().map(ConsensusStatement::statement).toList());
		root.put("consensus", consensus);
		root.put("groupAwareConsensus", analysis.groupAwareConsensus());
		root.put("priorities", analysis.priorities());
		return root;
	}

	private static void printText(PrintWriter out, OpinionAnalysis analysis, List<Statement> statements) {
		Map<String, String> text = new LinkedHashMap<>();
		statements.forEach(s -> text.put(s.id(), s.text()));
		out.printf("%d participants, %d statements, %d participants grouped into %d opinion groups%n",
				analysis.participants().size(), analysis.statements().size() - analysis.excluded().size(),
				analysis.clustered().size(), analysis.groups().size());
		for (OpinionGroup group : analysis.groups()) {
			out.printf("%nGroup %d (%d members)%n", group.id(), group.members().size());
			for (RepresentativeStatement r : group.representative()) {
				out.printf("  %-8s %3.0f%% of %d  #%s %s%n", r.direction().label(),
						100.0 * r.successes() / Math.max(1, r.trials()), r.trials(), r.statement(),
						text.getOrDefault(r.statement(), ""));
			}
		}
		out.printf("%nConsensus%n");
		for (ConsensusStatement c : analysis.agreeConsensus()) {
			out.printf("  agree    %3.0f%% of %d  #%s %s%n", 100.0 * c.successes() / Math.max(1, c.trials()),
					c.trials(), c.statement(), text.getOrDefault(c.statement(), ""));
		}
		for (ConsensusStatement c : analysis.disagreeConsensus()) {
			out.printf("  disagree %3.0f%% of %d  #%s %s%n", 100.0 * c.successes() / Math.max(1, c.trials()),
					c.trials(), c.statement(), text.getOrDefault(c.statement(), ""));
		}
	}

}
