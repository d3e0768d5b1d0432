package org.copro.engines.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.copro.engines.sortition.Algorithm;
import org.copro.engines.sortition.QuotaFeasibility;
import org.copro.engines.sortition.Quota;
import org.copro.engines.sortition.SelectionProblem;
import org.copro.engines.sortition.SelectionResult;
import org.copro.engines.sortition.Sortition;
import org.copro.engines.sortition.SortitionCsv;
import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code copro sortition select|check}: fair selection of a citizens' panel. */
@Command(name = "sortition", mixinStandardHelpOptions = true,
		description = "Fair stratified random selection of a citizens' panel.",
		subcommands = { SortitionCommand.Select.class, SortitionCommand.Check.class })
public final class SortitionCommand implements Runnable {

	@Spec
	private picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** The input options both subcommands share. */
	static class Input {

		@Option(names = "--categories", required = true, description = "Quotas: category,name,min,max.")
		Path categories;

		@Option(names = "--respondents", required = true, description = "One row per volunteer.")
		Path respondents;

		@Option(names = "--panel-size", required = true, description = "How many people sit on the panel.")
		int panelSize;

		@Option(names = "--id-column",
				description = "The id column (default: the first column that is not a category).")
		@Nullable String idColumn;

		@Option(names = "--address-columns", split = ",",
				description = "Columns that make an address, at most one person per household "
						+ "(default: primary_address1,primary_zip when present; 'none' to switch off).")
		@Nullable List<String> addressColumns;

		@Option(names = "--format", defaultValue = "json", description = "json or text.")
		String format;

		SelectionProblem problem() throws IOException {
			List<Quota> quotas = SortitionCsv.readCategories(categories);
			List<String> address = addressColumns == null ? null
					: addressColumns.equals(List.of("none")) ? List.of() : addressColumns;
			return new SelectionProblem(quotas, SortitionCsv.readRespondents(respondents, quotas, idColumn, address),
					panelSize);
		}

		boolean text() {
			if (!format.equals("json") && !format.equals("text")) {
				throw new org.copro.engines.InvalidInputException(
						"--format must be json or text, not '" + format + "'");
			}
			return format.equals("text");
		}

	}

	@Command(name = "select", mixinStandardHelpOptions = true,
			description = "Draw a panel that meets the quotas with the fairest lottery (LEXIMIN by default).")
	static final class Select implements Callable<Integer> {

		@picocli.CommandLine.Mixin
		Input input = new Input();

		@Option(names = "--algorithm", defaultValue = "leximin", description = "leximin or legacy.")
		String algorithm;

		@Option(names = "--seed", defaultValue = "0", description = "Seed of the public draw.")
		long seed;

		@Option(names = "--lottery", defaultValue = "0",
				description = "Publish M equally likely panels and draw panel number (seed mod M).")
		int lottery;

		@Option(names = "--samples", defaultValue = "10000",
				description = "LEGACY draws that estimate its probabilities.")
		int samples;

		@Option(names = "--distribution", negatable = true, defaultValue = "true", fallbackValue = "true",
				description = "Include the lottery over panels and the types in the JSON output.")
		boolean distribution;

		@Spec
		picocli.CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() throws IOException {
			boolean text = input.text();
			Algorithm chosen = switch (algorithm.toLowerCase(Locale.ROOT)) {
				case "leximin" -> Algorithm.LEXIMIN;
				case "legacy" -> Algorithm.LEGACY;
				default -> throw new org.copro.engines.InvalidInputException(
						"--algorithm must be leximin or legacy, not '" + algorithm + "'");
			};
			if (lottery < 0 || (lottery > 0 && chosen == Algorithm.LEGACY)) {
				throw new org.copro.engines.InvalidInputException(
						"--lottery needs a positive M and the leximin algorithm");
			}
			SelectionProblem problem = input.problem();
			long started = System.nanoTime();
			SelectionResult result = Sortition.select(problem, chosen, seed, lottery, samples);
			double seconds = (System.nanoTime() - started) / 1e9;
			PrintWriter out = spec.commandLine().getOut();
			if (text) {
				out.print(text(problem, result, seconds));
			}
			else {
				out.println(JsonMapper.builder().build().writeValueAsString(json(problem, result, seconds)));
			}
			out.flush();
			return 0;
		}

		private Map<String, Object> json(SelectionProblem problem, SelectionResult result, double seconds) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("algorithm", result.algorithm().name().toLowerCase(Locale.ROOT));
			json.put("panelSize", problem.panelSize());
			json.put("poolSize", problem.respondents().size());
			json.put("minProbability", result.minProbability());
			json.put("probabilities", result.probabilities());
			json.put("panel", result.panel());
			json.put("seed", result.seed());
			if (result.algorithm() == Algorithm.LEGACY) {
				json.put("samples", result.samples());
			}
			if (distribution && result.algorithm() == Algorithm.LEXIMIN) {
				List<Map<String, Object>> shares = new ArrayList<>();
				for (SelectionResult.PanelShare share : result.distribution()) {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("probability", share.probability());
					entry.put("seats", share.seats());
					shares.add(entry);
				}
				json.put("distribution", shares);
				json.put("types", result.types());
			}
			if (result.lottery() != null) {
				Map<String, Object> transparent = new LinkedHashMap<>();
				transparent.put("size", result.lottery().panels().size());
				transparent.put("drawn", Math.floorMod(result.seed(), (long) result.lottery().panels().size()));
				transparent.put("minProbability", result.lottery().minProbability());
				transparent.put("maxDeviation", result.lottery().maxDeviation());
				transparent.put("panels", result.lottery().panels());
				json.put("lottery", transparent);
			}
			if (!result.stats().isEmpty()) {
				json.put("stats", result.stats());
			}
			json.put("seconds", seconds);
			return json;
		}

		private static String text(SelectionProblem problem, SelectionResult result, double seconds) {
			StringBuilder text = new StringBuilder();
			text.append(String.format(Locale.ROOT, "%s selection of %d from %d respondents (%.2f s)%n",
					result.algorithm(), problem.panelSize(), problem.respondents().size(), seconds));
			text.append(String.format(Locale.ROOT, "smallest selection probability: %.6f%n", result.minProbability()));
			if (result.algorithm() == Algorithm.LEXIMIN) {
				text.append(String.format(Locale.ROOT, "lottery over %d panels of %d types%n",
						result.distribution().size(), result.types().size()));
			}
			else {
				text.append("probabilities estimated from ").append(result.samples()).append(" draws\n");
			}
			if (result.lottery() != null) {
				text.append(String.format(Locale.ROOT,
						"transparent lottery: %d panels, drawn number %d, smallest probability %.6f%n",
						result.lottery().panels().size(),
						Math.floorMod(result.seed(), (long) result.lottery().panels().size()),
						result.lottery().minProbability()));
			}
			text.append("panel drawn with seed ")
				.append(result.seed())
				.append(": ")
				.append(String.join(", ", result.panel()))
				.append('\n');
			return text.toString();
		}

	}

	@Command(name = "check", mixinStandardHelpOptions = true,
			description = "Check that the quotas can be met; if not, show the smallest relaxation.")
	static final class Check implements Callable<Integer> {

		@picocli.CommandLine.Mixin
		Input input = new Input();

		@Spec
		picocli.CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() throws IOException {
			boolean text = input.text();
			QuotaFeasibility.Report report = QuotaFeasibility.check(input.problem());
			PrintWriter out = spec.commandLine().getOut();
			if (text) {
				out.println(report.feasible() ? "the quotas can be met" : report.reason());
			}
			else {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("feasible", report.feasible());
				List<Map<String, Object>> relaxations = new ArrayList<>();
				for (QuotaFeasibility.Relaxation relaxation : report.relaxations()) {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("category", relaxation.quota().category());
					entry.put("name", relaxation.quota().value());
					entry.put("min", relaxation.quota().min());
					entry.put("max", relaxation.quota().max());
					entry.put("relaxedMin", relaxation.min());
					entry.put("relaxedMax", relaxation.max());
					relaxations.add(entry);
				}
				json.put("relaxations", relaxations);
				out.println(JsonMapper.builder().build().writeValueAsString(json));
			}
			out.flush();
			return 0;
		}

	}

}
