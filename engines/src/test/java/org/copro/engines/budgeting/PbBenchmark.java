package org.copro.engines.budgeting;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copro.engines.budgeting.TallyOptions.Completion;
import org.copro.engines.budgeting.TallyOptions.Rule;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times every rule on every file of ../shared/data/pabulib and records peak heap use.
 * Each file is parsed once and its parse time counted once in the total (a caller
 * counting several rules reads the file once too); the first rule counted on a file
 * includes compiling it for counting, which the following rules on the same parsed file
 * reuse, as any such caller's would. The Warsaw 2026 MES+Add1 figure is measured apart,
 * as the target asks: reading the file, compiling and counting it; writes
 * {@code target/benchmarks/pb.json}.
 *
 * <p>
 * The machine is shared, so beside wall time every parse and count records CPU time
 * twice: of the whole process (JIT compilers, garbage collector and Add1's second lane
 * included) and of the measuring thread alone (the parser's or the rule's own work on
 * that thread, the figure least moved by other builds, but blind to work done on other
 * threads); the load average is recorded before and after, and with each file. Run it
 * with a fixed 512 MB heap to show the memory bound (a fixed size, so that the collection
 * before each measurement does not shrink the heap and leave the next measurement to grow
 * it back through dozens of collections):
 * {@code MAVEN_OPTS="-Xms512m -Xmx512m" ./mvnw -q -pl engines -Pbenchmark test-compile exec:java
 * -Dbenchmark=org.copro.engines.budgeting.PbBenchmark}.
 */
public final class PbBenchmark {

	private PbBenchmark() {
	}

	private record Case(String name, TallyOptions options, boolean approvalOnly) {
	}

	private static final List<Case> CASES = List.of(new Case("greedy", TallyOptions.of(Rule.GREEDY), false),
			new Case("greedy-cardinality", TallyOptions.of(Rule.GREEDY).withUtility(Utility.CARDINALITY), false),
			new Case("phragmen", TallyOptions.of(Rule.PHRAGMEN), true),
			new Case("mes", TallyOptions.mes().withCompletion(Completion.NONE), false),
			new Case("mes-cardinality",
					TallyOptions.mes().withCompletion(Completion.NONE).withUtility(Utility.CARDINALITY), false),
			new Case("mes+add1", TallyOptions.mes(), false),
			new Case("mes+add1u", TallyOptions.mes().withCompletion(Completion.ADD1U), false),
			new Case("official", TallyOptions.of(Rule.OFFICIAL), false));

	public static void main(String[] args) throws IOException {
		Path folder = SharedData.pabulib();
		if (folder == null) {
			System.err.println("PbBenchmark: ../shared/data/pabulib is absent; nothing to measure");
			return;
		}
		List<Path> files;
		try (var listing = Files.list(folder)) {
			files = listing.filter(path -> path.toString().endsWith(".pb")).sorted().toList();
		}
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		// A first pass over every file: a freshly started JVM, compiling the code as it
		// goes (the command
		// line's case). The second pass, whose rows are the results, is the same work in
		// a warmed-up JVM
		// (the web application's case).
		List<Map<String, Object>> firstParses = new ArrayList<>();
		List<Map<String, Object>> firstResults = measure(files, true, firstParses);
		List<Map<String, Object>> parses = new ArrayList<>();
		List<Map<String, Object>> results = measure(files, true, parses);
		double parseTotal = parses.stream().mapToDouble(r -> (double) r.get("parseSeconds")).sum();
		double total = parseTotal + results.stream().mapToDouble(r -> (double) r.get("seconds")).sum();
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("benchmark", "pb");
		report.put("date", Instant.now().toString());
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("processors", Runtime.getRuntime().availableProcessors());
		machine.put("loadAverageBefore", loadBefore);
		machine.put("loadAverageAfter", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		machine.put("java", System.getProperty("java.version"));
		machine.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1 << 20));
		machine.put("note", "2 cores shared with other engineers' builds; a load average above 2 means queued work");
		report.put("machine", machine);
		report.put("totalSeconds", round(total));
		report.put("parseSeconds", round(parseTotal));
		// CPU time of the whole process (all threads, JIT and GC included): less
		// sensitive than wall time
		// to other builds sharing the cores. Thread CPU: the measuring thread only.
		double parseCpu = sum(parses, "parseCpuSeconds");
		double countCpu = sum(results, "cpuSeconds");
		report.put("totalCpuSeconds", round(parseCpu + countCpu));
		report.put("parseCpuSeconds", round(parseCpu));
		report.put("countCpuSeconds", round(countCpu));
		report.put("totalThreadCpuSeconds",
				round(sum(parses, "parseThreadCpuSeconds") + sum(results, "threadCpuSeconds")));
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("totalSeconds", round(sum(firstParses, "parseSeconds") + sum(firstResults, "seconds")));
		first.put("totalCpuSeconds", round(sum(firstParses, "parseCpuSeconds") + sum(firstResults, "cpuSeconds")));
		first.put("totalThreadCpuSeconds",
				round(sum(firstParses, "parseThreadCpuSeconds") + sum(firstResults, "threadCpuSeconds")));
		report.put("firstPass", first);
		Path warsaw = folder.resolve("Poland_Warszawa_2026.pb");
		if (Files.isRegularFile(warsaw)) {
			// The target on its own: read the file and count MES + Add1,
			// compilation included.
			System.gc();
			long start = System.nanoTime();
			long cpuStart = processCpuNanos();
			long threadStart = threadCpuNanos();
			PbTally.tally(PbReader.read(warsaw), TallyOptions.mes());
			report.put("warszawa2026MesAdd1Seconds", round((System.nanoTime() - start) / 1e9));
			report.put("warszawa2026MesAdd1CpuSeconds", round((processCpuNanos() - cpuStart) / 1e9));
			report.put("warszawa2026MesAdd1ThreadCpuSeconds", round((threadCpuNanos() - threadStart) / 1e9));
		}
		report.put("peakHeapMB", results.stream().mapToLong(r -> (long) r.get("peakHeapMB")).max().orElse(0));
		report.put("exactRuns", EqualSharesRule.EXACT_RUNS.get());
		report.put("doubleRuns", EqualSharesRule.FAST_RUNS.get());
		report.put("parses", parses);
		report.put("results", results);
		Path target = moduleTarget().resolve("benchmarks").resolve("pb.json");
		Files.createDirectories(target.getParent());
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(target, json.writeValueAsString(report) + "\n");
		System.out.println("PbBenchmark: " + results.size() + " runs in " + round(total) + " s (CPU "
				+ report.get("totalCpuSeconds") + " s), Warszawa 2026 MES+Add1 "
				+ report.get("warszawa2026MesAdd1Seconds") + " s, peak heap " + report.get("peakHeapMB") + " MB, load "
				+ loadBefore + " → " + target.toAbsolutePath());
	}

	/**
	 * engines/target, found from where this class was compiled to, whatever the working
	 * directory.
	 */
	private static Path moduleTarget() {
		try {
			Path classes = Path.of(PbBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return classes.getParent();
		}
		catch (java.net.URISyntaxException | RuntimeException exception) {
			return Path.of("target");
		}
	}

	private static double sum(List<Map<String, Object>> rows, String key) {
		return rows.stream().mapToDouble(r -> (double) r.get(key)).sum();
	}

	private static List<Map<String, Object>> measure(List<Path> files, boolean record,
			List<Map<String, Object>> parses) {
		List<Map<String, Object>> results = new ArrayList<>();
		for (Path path : files) {
			System.gc();
			resetPeaks();
			long parseStart = System.nanoTime();
			long parseCpuStart = processCpuNanos();
			long parseThreadStart = threadCpuNanos();
			PbFile file = PbReader.read(path);
			double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
			double parseCpuSeconds = (processCpuNanos() - parseCpuStart) / 1e9;
			double parseThreadSeconds = (threadCpuNanos() - parseThreadStart) / 1e9;
			if (record) {
				Map<String, Object> parse = new LinkedHashMap<>();
				parse.put("file", path.getFileName().toString());
				parse.put("parseSeconds", round(parseSeconds));
				parse.put("parseCpuSeconds", round(parseCpuSeconds));
				parse.put("parseThreadCpuSeconds", round(parseThreadSeconds));
				parse.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
				parse.put("peakHeapMB", peakHeapMegabytes());
				parses.add(parse);
			}
			for (Case benchmark : CASES) {
				System.gc();
				resetPeaks();
				long start = System.nanoTime();
				long cpuStart = processCpuNanos();
				long threadStart = threadCpuNanos();
				if (benchmark.approvalOnly() && file.voteType() != VoteType.APPROVAL
						&& file.voteType() != VoteType.CHOOSE_ONE) {
					continue;
				}
				if (benchmark.options().rule() == Rule.OFFICIAL && file.rule().equals("unknown")) {
					continue;
				}
				Outcome outcome = PbTally.tally(file, benchmark.options());
				double seconds = (System.nanoTime() - start) / 1e9;
				double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
				double threadSeconds = (threadCpuNanos() - threadStart) / 1e9;
				if (record) {
					Map<String, Object> result = new LinkedHashMap<>();
					result.put("file", path.getFileName().toString());
					result.put("rule", benchmark.name());
					result.put("voters", file.votes().size());
					result.put("projects", file.projects().size());
					result.put("seconds", round(seconds));
					result.put("cpuSeconds", round(cpuSeconds));
					result.put("threadCpuSeconds", round(threadSeconds));
					result.put("selected", outcome.selected().size());
					result.put("peakHeapMB", peakHeapMegabytes());
					results.add(result);
				}
			}
		}
		return results;
	}

	private static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	private static long threadCpuNanos() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeapMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1 << 20);
	}

	private static double round(double seconds) {
		return Math.round(seconds * 1000) / 1000.0;
	}

}
