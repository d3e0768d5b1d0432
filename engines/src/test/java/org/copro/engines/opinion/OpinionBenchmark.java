package org.copro.engines.opinion;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the opinion analysis on Bowling Green (Polis open data, 2,031 × 896, 225k votes)
 * and on a synthetic conversation of 100,000 participants × 10,000 statements with 5M
 * votes and planted opinion groups, and writes {@code target/benchmarks/opinion.json}.
 * Run it with
 * {@code MAVEN_OPTS=-Xmx2g ./mvnw -q -pl engines -Pbenchmark test-compile exec:java
 * -Dbenchmark=org.copro.engines.opinion.OpinionBenchmark} (exec:java runs inside Maven's
 * JVM, so the heap limit is Maven's).
 */
public final class OpinionBenchmark {

	private static final long SEED = 20260121L;

	private static final int PLANTED_GROUPS = 3;

	public static void main(String[] args) throws Exception {
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, shared with other builds; "
				+ System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		results.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1 << 20));
		Path data = PolisFixture.sharedData();
		if (data != null && Files.isDirectory(data.resolve("polis/american-assembly.bowling-green"))) {
			results.put("bowlingGreen", bowlingGreen(data.resolve("polis/american-assembly.bowling-green")));
		}
		else {
			results.put("bowlingGreen", "../shared/data absent: skipped");
		}
		results.put("synthetic", synthetic());
		// exec:java runs in the directory Maven was started from: the repository root or
		// engines/.
		Path module = Files.isDirectory(Path.of("engines", "src")) ? Path.of("engines") : Path.of("");
		Path out = module.resolve("target/benchmarks/opinion.json");
		Files.createDirectories(out.getParent());
		String json = JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build()
			.writeValueAsString(results);
		Files.writeString(out, json + "\n");
		System.out.println(json);
		System.out.println("written to " + out.toAbsolutePath());
	}

	private static Map<String, Object> bowlingGreen(Path dir) {
		long start = System.nanoTime();
		VoteMatrix votes = PolisExport.readVotes(dir.resolve("participants-votes.csv"));
		List<Statement> statements = PolisExport.readComments(dir.resolve("comments.csv"));
		double readSeconds = seconds(start);
		Map<String, Object> result = describe(votes);
		result.put("readSeconds", readSeconds);
		List<Double> times = new ArrayList<>();
		OpinionAnalysis analysis = null;
		for (int run = 0; run < 15; run++) {
			long t = System.nanoTime();
			analysis = OpinionAnalyzer.analyze(votes, statements);
			times.add(seconds(t));
		}
		result.put("analysisSecondsFirstRun", times.getFirst());
		List<Double> warm = new ArrayList<>(times.subList(5, times.size()));
		warm.sort(null);
		result.put("analysisSecondsMedianWarm", warm.get(warm.size() / 2));
		result.put("target", "analysis under 0.2 s");
		steps(votes, statements, result);
		result.put("groups", analysis.groups().size());
		result.put("groupSizes", analysis.groups().stream().map(g -> g.members().size()).toList());
		return result;
	}

	/**
	 * 100,000 participants in three planted groups vote on 50 statements each, drawn from
	 * 10,000 with a popularity skew (early statements are seen more, as in real
	 * conversations); each group agrees with a statement with probability 0.9 or 0.1,
	 * planted per group and statement, and passes one time in ten.
	 */
	static VoteMatrix syntheticVotes(int participants, int statements, int votesPerParticipant, int groups) {
		SplittableRandom random = new SplittableRandom(SEED);
		double[][] agreeProbability = new double[groups][statements];
		double[] levels = { 0.1, 0.9 };
		for (int g = 0; g < groups; g++) {
			for (int s = 0; s < statements; s++) {
				agreeProbability[g][s] = levels[random.nextInt(levels.length)];
			}
		}
		String[] statementIds = new String[statements];
		for (int s = 0; s < statements; s++) {
			statementIds[s] = Integer.toString(s);
		}
		VoteMatrix.Builder builder = VoteMatrix.builder();
		boolean[] chosen = new boolean[statements];
		int[] picked = new int[votesPerParticipant];
		for (int p = 0; p < participants; p++) {
			int group = p % groups;
			String id = Integer.toString(p);
			int count = 0;
			while (count < votesPerParticipant) {
				// Fourth power of a uniform: most votes go to low-numbered (earlier,
				// longer-shown) statements.
				double u = random.nextDouble();
				int s = (int) (u * u * u * u * statements);
				if (!chosen[s]) {
					chosen[s] = true;
					picked[count++] = s;
				}
			}
			for (int k = 0; k < count; k++) {
				int s = picked[k];
				chosen[s] = false;
				double r = random.nextDouble();
				int vote = r < 0.1 ? VoteMatrix.PASS
						: random.nextDouble() < agreeProbability[group][s] ? VoteMatrix.AGREE : VoteMatrix.DISAGREE;
				builder.add(id, statementIds[s], vote, k);
			}
		}
		return builder.build();
	}

	private static Map<String, Object> synthetic() {
		long start = System.nanoTime();
		VoteMatrix votes = syntheticVotes(100_000, 10_000, 50, PLANTED_GROUPS);
		double buildSeconds = seconds(start);
		Map<String, Object> result = describe(votes);
		result.put("plantedGroups", PLANTED_GROUPS);
		result.put("seed", SEED);
		result.put("generateAndBuildSeconds", buildSeconds);
		List<Double> times = new ArrayList<>();
		List<Long> peaks = new ArrayList<>();
		OpinionAnalysis analysis = null;
		for (int run = 0; run < 3; run++) {
			System.gc();
			long before = heapUsed();
			resetPeaks();
			long t = System.nanoTime();
			analysis = OpinionAnalyzer.analyze(votes, List.of());
			times.add(seconds(t));
			peaks.add((peakHeap() - 0) / (1 << 20));
			result.put("heapBeforeAnalysisMb", before / (1 << 20));
		}
		result.put("analysisSeconds", times);
		result.put("analysisSecondsFirstRun", times.getFirst());
		result.put("peakHeapDuringAnalysisMb", peaks);
		result.put("target", "analysis under 10 s and 2 GB");
		steps(votes, List.of(), result);
		result.put("groups", analysis.groups().size());
		result.put("groupSizes", analysis.groups().stream().map(g -> g.members().size()).toList());
		result.put("plantedGroupRecovered", plantedPurity(analysis, PLANTED_GROUPS));
		return result;
	}

	/** Time of each step of one analysis, to show where the time goes. */
	private static void steps(VoteMatrix votes, List<Statement> statements, Map<String, Object> result) {
		Map<String, Object> steps = new LinkedHashMap<>();
		long t = System.nanoTime();
		boolean[] excluded = OpinionAnalyzer.excludedColumns(votes, statements);
		PrincipalComponents.Result pca = PrincipalComponents.compute(votes, excluded, 2);
		steps.put("pcaSeconds", seconds(t));
		steps.put("pcaIterations", pca.iterations());
		t = System.nanoTime();
		double[][] projections = OpinionAnalyzer.project(votes, excluded, pca);
		int[] clustered = OpinionAnalyzer.clusteredParticipants(votes, OpinionAnalyzer.Options.polis());
		steps.put("projectionSeconds", seconds(t));
		t = System.nanoTime();
		OpinionAnalyzer.BaseClusters base = OpinionAnalyzer.baseClusters(projections, clustered,
				OpinionAnalyzer.Options.polis());
		steps.put("baseClustersSeconds", seconds(t));
		t = System.nanoTime();
		OpinionAnalyzer.groupBaseClusters(base, OpinionAnalyzer.Options.polis());
		steps.put("groupsSeconds", seconds(t));
		result.put("steps", steps);
	}

	/**
	 * Share of grouped participants whose group's majority planted group is their own.
	 */
	private static double plantedPurity(OpinionAnalysis analysis, int planted) {
		int agreeing = 0;
		int total = 0;
		for (OpinionGroup group : analysis.groups()) {
			int[] counts = new int[planted];
			for (String member : group.members()) {
				counts[Integer.parseInt(member) % planted]++;
			}
			agreeing += Arrays.stream(counts).max().orElse(0);
			total += group.members().size();
		}
		return total == 0 ? 0 : (double) agreeing / total;
	}

	private static Map<String, Object> describe(VoteMatrix votes) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("participants", votes.participantCount());
		result.put("statements", votes.statementCount());
		result.put("votes", votes.voteCount());
		return result;
	}

	private static double seconds(long startNanos) {
		return Math.round((System.nanoTime() - startNanos) / 1e6) / 1e3;
	}

	private static long heapUsed() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/**
	 * Sum of the heap pools' peak usage since the last reset (an upper bound on the live
	 * peak).
	 */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
