package org.copro.engines.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.copro.engines.InvalidInputException;
import org.copro.engines.budgeting.Outcome;
import org.copro.engines.budgeting.PbFile;
import org.copro.engines.budgeting.PbReader;
import org.copro.engines.budgeting.PbTally;
import org.copro.engines.budgeting.TallyOptions;
import org.copro.engines.budgeting.TieBreaking;
import org.copro.engines.budgeting.Utility;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code copro pb …}: participatory budgeting on pabulib {@code .pb} files. */
@Command(name = "pb", mixinStandardHelpOptions = true, description = "Participatory budgeting on pabulib .pb files.",
		subcommands = { PbCommand.Tally.class })
public final class PbCommand implements Runnable {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** {@code copro pb tally FILE.pb… --rule …}: one JSON line per file. */
	@Command(name = "tally", mixinStandardHelpOptions = true,
			description = "Count elections: one JSON line per file with the selected projects.")
	static final class Tally implements Callable<Integer> {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		@CommandLine.Spec
		private CommandLine.Model.CommandSpec spec;

		@Parameters(arity = "1..*", paramLabel = "FILE.pb", description = "pabulib files")
		private List<Path> files = new ArrayList<>();

		@Option(names = "--rule", required = true, description = "mes, greedy, phragmen or official (the META rule)")
		private String rule;

		@Option(names = "--utility", defaultValue = "cost",
				description = "cost, cardinality, points or points-cost (default: ${DEFAULT-VALUE})")
		private String utility;

		@Option(names = "--completion", defaultValue = "add1",
				description = "MES completion: none, add1, add1u or utilitarian (default: ${DEFAULT-VALUE})")
		private String completion;

		@Option(names = "--add1-start", defaultValue = "integral",
				description = "Add1's first per-voter budget: exact or integral (rounded down; default)")
		private String add1Start;

		@Option(names = "--add1-stop", defaultValue = "exhaustive",
				description = "when Add1 stops: exhaustive (default) or overspend")
		private String add1Stop;

		@Option(names = "--comparison", description = "MES: run equalshares.net's comparison step against greedy")
		private boolean comparison;

		@Option(names = "--no-skip", description = "greedy: stop at the first project that does not fit")
		private boolean noSkip;

		@Option(names = "--threshold", defaultValue = "0", description = "greedy: minimum votes (or points)")
		private long threshold;

		@Option(names = "--tie-breaking", defaultValue = "min-cost,max-votes,id", split = ",",
				description = "criteria in order: min-cost, max-votes, id, file-order (default: ${DEFAULT-VALUE})")
		private List<String> tieBreaking = new ArrayList<>();

		@Option(names = "--limits", defaultValue = "report",
				description = "ballots that break META limits: report (default), strict (refuse) or ignore")
		private String limits;

		@Option(names = "--explain", description = "MES: for each winner, who paid how much")
		private boolean explain;

		@Option(names = "--format", defaultValue = "json", description = "json (default) or text")
		private String format;

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			TallyOptions options = options();
			if (!List.of("report", "strict", "ignore").contains(limits)) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						"--limits must be report, strict or ignore");
			}
			if (!format.equals("json") && !format.equals("text")) {
				throw new CommandLine.ParameterException(spec.commandLine(), "--format must be json or text");
			}
			for (Path file : files) {
				PbFile pb = PbReader.read(file);
				if (!pb.limitViolations().isEmpty()) {
					PbFile.LimitViolation first = pb.limitViolations().get(0);
					if (limits.equals("strict")) {
						throw new InvalidInputException(file, first.line(), first.problem());
					}
					if (limits.equals("report")) {
						err.println("copro: warning: " + file + ":" + first.line() + ": " + first.problem() + " ("
								+ pb.limitViolations().size() + " ballot(s) or count(s) break the META limits)");
					}
				}
				Outcome outcome;
				try {
					outcome = PbTally.tally(pb, options);
				}
				catch (InvalidInputException exception) {
					throw exception.in(file);
				}
				Map<String, Object> document = document(file, pb, outcome);
				if (format.equals("json")) {
					out.println(JSON.writeValueAsString(document));
				}
				else {
					text(out, file, outcome);
				}
			}
			out.flush();
			return 0;
		}

		private TallyOptions options() {
			TallyOptions.Rule parsedRule = choice(TallyOptions.Rule.class, rule, "--rule");
			return new TallyOptions(parsedRule, choice(Utility.class, utility, "--utility"),
					choice(TallyOptions.Completion.class, completion, "--completion"),
					choice(TallyOptions.Add1Start.class, add1Start, "--add1-start"),
					choice(TallyOptions.Add1Stop.class, add1Stop, "--add1-stop"), comparison, !noSkip, threshold,
					new TieBreaking(tieBreaking.stream()
						.map(name -> choice(TieBreaking.Criterion.class, name, "--tie-breaking"))
						.toList()),
					explain);
		}

		private <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
			try {
				return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
			}
			catch (IllegalArgumentException exception) {
				List<String> names = java.util.Arrays.stream(type.getEnumConstants())
					.map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
					.toList();
				throw new CommandLine.ParameterException(spec.commandLine(),
						option + " must be one of " + String.join(", ", names) + ", not '" + value + "'");
			}
		}

		private Map<String, Object> document(Path file, PbFile pb, Outcome outcome) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("file", file.toString());
			document.put("rule", outcome.rule());
			document.put("selected", outcome.selected());
			document.put("totalCost", outcome.totalCost());
			document.put("budget", outcome.budget());
			document.put("ties", outcome.ties().stream().map(tie -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("step", tie.step());
				entry.put("tied", tie.tied());
				entry.put("chosen", tie.chosen());
				entry.put("decidedBy", tie.decidedBy());
				return entry;
			}).toList());
			if (!outcome.addedByCompletion().isEmpty()) {
				document.put("addedByCompletion", outcome.addedByCompletion());
			}
			if (outcome.endowment() != null) {
				document.put("endowment", outcome.endowment());
			}
			if (outcome.comparison() != null) {
				Map<String, Object> comparison = new LinkedHashMap<>();
				comparison.put("prefersMes", outcome.comparison().prefersMes());
				comparison.put("prefersGreedy", outcome.comparison().prefersGreedy());
				comparison.put("keptMes", outcome.comparison().keptMes());
				document.put("comparison", comparison);
			}
			if (!pb.limitViolations().isEmpty() && !limits.equals("ignore")) {
				Map<String, Object> violations = new LinkedHashMap<>();
				violations.put("count", pb.limitViolations().size());
				violations.put("first", pb.limitViolations().stream().limit(10).map(v -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("line", v.line());
					entry.put("problem", v.problem());
					return entry;
				}).toList());
				document.put("limitViolations", violations);
			}
			if (explain) {
				document.put("payments", outcome.payments().stream().map(payment -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("project", payment.project());
					entry.put("cost", payment.cost());
					entry.put("shares", payment.shares().stream().map(share -> {
						Map<String, Object> cell = new LinkedHashMap<>();
						cell.put("amount", share.amount());
						cell.put("voters", share.voters());
						cell.put("exhausted", share.exhausted());
						return cell;
					}).toList());
					return entry;
				}).toList());
			}
			return document;
		}

		private void text(PrintWriter out, Path file, Outcome outcome) {
			out.println(file + " — " + outcome.rule());
			out.println("  selected (" + outcome.selected().size() + "): " + String.join(", ", outcome.selected()));
			out.println("  total cost " + outcome.totalCost().toPlainString() + " of budget "
					+ outcome.budget().toPlainString());
			if (outcome.endowment() != null) {
				out.println("  budget per voter " + outcome.endowment().toPlainString());
			}
			for (Outcome.Tie tie : outcome.ties()) {
				out.println("  tie at step " + tie.step() + " between " + String.join(", ", tie.tied()) + ": "
						+ tie.chosen() + " (by " + tie.decidedBy() + ")");
			}
			for (Outcome.Payment payment : outcome.payments()) {
				out.println("  " + payment.project() + " (cost " + payment.cost().toPlainString() + ") paid by:");
				for (Outcome.Share share : payment.shares()) {
					out.println("    " + share.voters() + " voter(s) × " + share.amount().toPlainString()
							+ (share.exhausted() ? " (all they had left)" : ""));
				}
			}
		}

	}

}
