package org.copro.knowledge;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.copro.CoproApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search quality on the shared Participedia corpus and its judged queries: nDCG@10
 * (relevant = 2, partially relevant = 1), Recall@50 and MRR of the relevant entries, per
 * query and overall; with {@code --scale N}, also the p95 latency of 16 concurrent
 * searches over N entries (the corpus replicated with variations).
 *
 * <p>
 * Run:
 * {@code ./mvnw -pl app -Pbenchmark test-compile exec:java -Dbenchmark=org.copro.knowledge.KnowledgeSearchBenchmark
 * [-Dexec.args="--scale 100000"]}; results go to
 * {@code app/target/benchmarks/search.json}.
 */
public final class KnowledgeSearchBenchmark {

	private KnowledgeSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = findShared("data/kb");
		if (data == null) {
			System.err.println("KnowledgeSearchBenchmark: ../shared/data/kb is absent; nothing to measure");
			return;
		}
		int scale = 0;
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--scale")) {
				scale = Integer.parseInt(args[i + 1]);
			}
		}
		Path work = Files.createTempDirectory("copro-kb-benchmark");
		Map<String, Object> report = new LinkedHashMap<>();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoproApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run("--copro.data-dir=" + work, "--spring.main.banner-mode=off", "--logging.level.root=warn",
					"--logging.file.name=" + work.resolve("copro.log"),
					"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
					"--spring.datasource.url=jdbc:h2:mem:kb-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
							+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")) {
			KnowledgeImport importer = context.getBean(KnowledgeImport.class);
			KnowledgeSearch search = context.getBean(KnowledgeSearch.class);
			long start = System.nanoTime();
			// Saved without indexing, then indexed in bulk: much faster than indexing
			// batch by batch.
			KnowledgeImport.Outcome outcome = importer.save(EntryFileReader.read(data.resolve("kb_corpus.jsonl"))
				.rows()
				.stream()
				.map(EntryFileReader.Row::draft)
				.toList(), false);
			importer.reindex();
			report.put("corpus", Map.of("entries", outcome.created(), "importAndIndexSeconds", seconds(start)));
			if (Boolean.getBoolean("tune")) {
				tune(search, data.resolve("queries.tsv"));
			}
			report.put("quality", quality(search, data.resolve("queries.tsv")));
			if (scale > 0) {
				report.put("scale",
						scale(importer, search, data.resolve("kb_corpus.jsonl"), data.resolve("queries.tsv"), scale));
			}
		}
		Path out = Path.of(System.getProperty("user.dir")).resolve("target/benchmarks/search.json");
		if (!Files.isDirectory(Path.of(System.getProperty("user.dir"), "src"))) {
			out = Path.of("app/target/benchmarks/search.json");
		}
		Files.createDirectories(out.getParent());
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(out, json.writeValueAsString(report) + "\n");
		System.err.println("KnowledgeSearchBenchmark: written to " + out.toAbsolutePath());
	}

	record Judged(String query, Map<String, Integer> grades) {
	}

	static List<Judged> judged(Path tsv) throws IOException {
		List<Judged> queries = new ArrayList<>();
		List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
		List<String> header = Arrays.asList(lines.get(0).split("\t"));
		int query = header.indexOf("query");
		int relevant = header.indexOf("relevant_ids");
		int partial = header.indexOf("partially_relevant_ids");
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			Map<String, Integer> grades = new HashMap<>();
			if (partial >= 0 && partial < columns.length) {
				ids(columns[partial]).forEach(id -> grades.put(id, 1));
			}
			ids(columns[relevant]).forEach(id -> grades.put(id, 2));
			queries.add(new Judged(columns[query].strip(), grades));
		}
		return queries;
	}

	private static List<String> ids(String column) {
		return Arrays.stream(column.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
	}

	static Map<String, Object> quality(KnowledgeSearch search, Path tsv) throws IOException {
		List<Map<String, Object>> perQuery = new ArrayList<>();
		double ndcgSum = 0;
		double recallSum = 0;
		double mrrSum = 0;
		List<Judged> queries = judged(tsv);
		for (Judged judged : queries) {
			List<String> ranking = search.search(SearchRequest.of(judged.query(), 50), false)
				.hits()
				.stream()
				.map(hit -> hit.entry().externalId())
				.toList();
			double ndcg = ndcg(ranking, judged.grades(), 10);
			double recall = recall(ranking, judged.grades(), 50);
			double mrr = reciprocalRank(ranking, judged.grades());
			ndcgSum += ndcg;
			recallSum += recall;
			mrrSum += mrr;
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("query", judged.query());
			row.put("ndcg@10", round(ndcg));
			row.put("recall@50", round(recall));
			row.put("mrr", round(mrr));
			row.put("top10",
					ranking.stream()
						.limit(10)
						.map(id -> id + (judged.grades().containsKey(id) ? " (" + judged.grades().get(id) + ")" : ""))
						.toList());
			perQuery.add(row);
			System.err.printf("%-55s nDCG@10 %.3f  R@50 %.3f  MRR %.3f%n", judged.query(), ndcg, recall, mrr);
		}
		int n = queries.size();
		System.err.printf("%-55s nDCG@10 %.3f  R@50 %.3f  MRR %.3f%n", "OVERALL (" + n + " queries)", ndcgSum / n,
				recallSum / n, mrrSum / n);
		Map<String, Object> quality = new LinkedHashMap<>();
		quality.put("queries", n);
		quality.put("ndcg@10", round(ndcgSum / n));
		quality.put("recall@50", round(recallSum / n));
		quality.put("mrr", round(mrrSum / n));
		quality.put("grades", "relevant_ids = 2, partially_relevant_ids = 1; Recall@50 and MRR count grade 2 only");
		quality.put("perQuery", perQuery);
		return quality;
	}

	/**
	 * Prints the overall figures as each weight in turn is halved or doubled (with
	 * {@code -Dtune=true}), to see which weights matter; it changes nothing by itself.
	 */
	static void tune(KnowledgeSearch search, Path tsv) throws Exception {
		List<Judged> queries = judged(tsv);
		RelevanceWeights d = RelevanceWeights.DEFAULT;
		System.err.printf("tune %-24s nDCG@10 %.3f%n", "default", meanNdcg(search, queries, d));
		for (var component : RelevanceWeights.class.getRecordComponents()) {
			for (float factor : new float[] { 0f, 0.5f, 2f }) {
				RelevanceWeights variant = vary(d, component.getName(), factor);
				System.err.printf("tune %-24s nDCG@10 %.3f%n", component.getName() + " x" + factor,
						meanNdcg(search, queries, variant));
			}
		}
		search.useWeights(d);
	}

	private static double meanNdcg(KnowledgeSearch search, List<Judged> queries, RelevanceWeights weights) {
		search.useWeights(weights);
		double ndcg = 0;
		for (Judged judged : queries) {
			List<String> ranking = search.search(SearchRequest.of(judged.query(), 50), false)
				.hits()
				.stream()
				.map(hit -> hit.entry().externalId())
				.toList();
			ndcg += ndcg(ranking, judged.grades(), 10);
		}
		return ndcg / queries.size();
	}

	/** The given weights with one of them multiplied by a factor. */
	private static RelevanceWeights vary(RelevanceWeights d, String name, float factor) throws Exception {
		var components = RelevanceWeights.class.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			float value = (float) components[i].getAccessor().invoke(d);
			values[i] = components[i].getName().equals(name) ? value * factor : value;
			types[i] = float.class;
		}
		return RelevanceWeights.class.getDeclaredConstructor(types).newInstance(values);
	}

	/**
	 * Normalised discounted cumulative gain with gain 2^grade - 1, against the ideal
	 * order of all judged ids.
	 */
	static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranking.size()); i++) {
			int grade = grades.getOrDefault(ranking.get(i), 0);
			dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
		}
		List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(k, ideal.size()); i++) {
			idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
		}
		return idcg == 0 ? 0 : dcg / idcg;
	}

	static double recall(List<String> ranking, Map<String, Integer> grades, int k) {
		long relevant = grades.values().stream().filter(grade -> grade == 2).count();
		long found = ranking.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) == 2).count();
		return relevant == 0 ? 0 : (double) found / relevant;
	}

	static double reciprocalRank(List<String> ranking, Map<String, Integer> grades) {
		for (int i = 0; i < ranking.size(); i++) {
			if (grades.getOrDefault(ranking.get(i), 0) == 2) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	/**
	 * Replicates the corpus to {@code size} entries (copies get a new id, a shuffled
	 * title suffix and the same text), re-indexes from the database, then times 16
	 * threads searching the judged queries and their first words.
	 */
	static Map<String, Object> scale(KnowledgeImport importer, KnowledgeSearch search, Path corpus, Path tsv, int size)
			throws Exception {
		List<EntryDraft> originals = EntryFileReader.read(corpus)
			.rows()
			.stream()
			.map(EntryFileReader.Row::draft)
			.toList();
		List<EntryDraft> copies = new ArrayList<>();
		String[] variations = { "revisited", "phase two", "follow-up", "second round", "review", "pilot" };
		for (int i = originals.size(); i < size; i++) {
			EntryDraft original = originals.get(i % originals.size());
			int copy = i / originals.size();
			copies.add(new EntryDraft(original.externalId() + "-copy-" + copy, original.type(),
					original.title() + " (" + variations[copy % variations.length] + " " + copy + ")",
					original.summary(), original.body(), original.period(), original.startYear(), original.endYear(),
					original.country(), original.region(), original.localArea(), original.serviceAreas(),
					original.approaches(), original.keywords(), original.contributors(), original.organiser(),
					original.url(), original.language(), original.status()));
		}
		long start = System.nanoTime();
		importer.save(copies, false);
		double importSeconds = seconds(start);
		start = System.nanoTime();
		long cpuStart = processCpuNanos();
		importer.reindex();
		double reindexSeconds = seconds(start);
		double reindexCpu = (processCpuNanos() - cpuStart) / 1e9;
		double reindexLoad = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		List<String> queries = new ArrayList<>();
		for (Judged judged : judged(tsv)) {
			queries.add(judged.query());
			queries.add(judged.query().split(" ")[0]);
		}
		for (String query : queries) {
			search.search(SearchRequest.of(query, 10), true);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("entries", size);
		result.put("importSeconds", round(importSeconds));
		result.put("reindexSeconds", round(reindexSeconds));
		result.put("reindexCpuSeconds", round(reindexCpu));
		result.put("reindexLoadAverage", round(reindexLoad));
		result.put("concurrency", THREADS);
		result.put("withFacetsAndSnippets", true);
		search.useCache(false);
		// The JIT compiles the search path over the first thousands of searches; a server
		// that has been up a while runs the compiled code, and that is what is timed.
		// Warm-up rounds until the compiler's share of a round is small: half other
		// queries (never timed below), half the judged queries and their first words,
		// since the timed round repeats each of these about 33 times anyway, and their
		// synonym groups, phrases and typos take code paths that other queries rarely do
		// (without them, the compiler spent 3 ms per search of the timed round).
		List<String> distinct = distinctQueries(originals, 2 * THREADS * SEARCHES_PER_THREAD);
		List<String> warmUpQueries = new ArrayList<>();
		for (int i = THREADS * SEARCHES_PER_THREAD; i < distinct.size(); i++) {
			warmUpQueries.add(i % 2 == 0 ? distinct.get(i) : queries.get((i / 2) % queries.size()));
		}
		distinct = distinct.subList(0, THREADS * SEARCHES_PER_THREAD);
		List<Map<String, Object>> warmUp = new ArrayList<>();
		for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
			Map<String, Object> timed = timeSearches(search, warmUpQueries, "warm-up round " + round);
			warmUp.add(Map.of("round", round, "compilerMillisPerSearch", timed.get("compilerMillisPerSearch"),
					"p95Millis", timed.get("p95Millis")));
			if ((double) timed.get("compilerMillisPerSearch") < WARM_COMPILER_MILLIS) {
				break;
			}
		}
		result.put("warmUp", warmUp);
		result.put("computed", timeSearches(search, queries,
				"every search computed: ranking, facet counts over all hits, snippets, suggestion"));
		result.put("distinct", timeSearches(search, distinct,
				"every search computed, and no query asked twice (words of titles and keywords of random entries), "
						+ "so that no cache of any kind sees a query again"));
		search.useCache(true);
		result.put("kept", timeSearches(search, queries,
				"results kept while the index is unchanged (the first search of each query computed)"));
		System.err.println("KnowledgeSearchBenchmark: " + result);
		return result;
	}

	private static final int THREADS = 16;

	private static final int SEARCHES_PER_THREAD = 50;

	private static final int WARM_UP_ROUNDS = 8;

	/** Compiler time per search below which the code counts as compiled. */
	private static final double WARM_COMPILER_MILLIS = 0.5;

	/**
	 * Queries that people might type, none twice: one to three words from the title or
	 * keywords of entries picked at random (with a fixed seed, so that the first ones are
	 * the same whatever the count), the first of them sometimes with a typo.
	 */
	static List<String> distinctQueries(List<EntryDraft> entries, int count) {
		java.util.Random random = new java.util.Random(42);
		java.util.Set<String> queries = new java.util.LinkedHashSet<>();
		java.util.Set<String> skip = java.util.Set.of("the", "and", "for", "of", "in", "on", "to", "a", "an", "with",
				"by", "at", "from", "its", "their", "is", "de", "la", "el", "y", "en", "del", "des", "le", "et");
		while (queries.size() < count) {
			EntryDraft entry = entries.get(random.nextInt(entries.size()));
			List<String> words = new ArrayList<>();
			String source = random.nextInt(3) == 0 && !entry.keywords().isEmpty()
					? entry.keywords().get(random.nextInt(entry.keywords().size())) : entry.title();
			for (String word : source.split("[^\\p{L}\\p{N}]+")) {
				if (word.length() > 2 && !skip.contains(word.toLowerCase(java.util.Locale.ROOT))) {
					words.add(word);
				}
			}
			if (words.isEmpty()) {
				continue;
			}
			int from = random.nextInt(words.size());
			List<String> chosen = new ArrayList<>(
					words.subList(from, Math.min(words.size(), from + 1 + random.nextInt(3))));
			String first = chosen.get(0);
			if (random.nextInt(10) == 0 && first.length() > 5) {
				int at = 2 + random.nextInt(first.length() - 3);
				chosen.set(0, first.substring(0, at) + first.substring(at + 1));
			}
			queries.add(String.join(" ", chosen));
		}
		return new ArrayList<>(queries);
	}

	/**
	 * 16 threads each run 50 searches back to back; wall-clock latency percentiles, and
	 * the CPU time of the searching thread, which other processes on the machine do not
	 * inflate.
	 */
	private static Map<String, Object> timeSearches(KnowledgeSearch search, List<String> queries, String what)
			throws Exception {
		int perThread = SEARCHES_PER_THREAD;
		ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<long[][]>> futures = new ArrayList<>();
		com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean) threadBean;
		long cpuBefore = processCpuNanos();
		long gcBefore = collectionMillis();
		long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		long wall = System.nanoTime();
		for (int t = 0; t < THREADS; t++) {
			int offset = t;
			futures.add(pool.submit(() -> {
				long[][] times = new long[3][perThread];
				for (int i = 0; i < perThread; i++) {
					long begin = System.nanoTime();
					long cpu = threadBean.getCurrentThreadCpuTime();
					long allocated = allocations.getCurrentThreadAllocatedBytes();
					int index = queries.size() >= THREADS * perThread ? offset * perThread + i
							: (offset * 7 + i) % queries.size();
					search.search(SearchRequest.of(queries.get(index), 10), true);
					times[2][i] = allocations.getCurrentThreadAllocatedBytes() - allocated;
					times[1][i] = threadBean.getCurrentThreadCpuTime() - cpu;
					times[0][i] = System.nanoTime() - begin;
				}
				return times;
			}));
		}
		List<Long> all = new ArrayList<>();
		List<Long> cpu = new ArrayList<>();
		List<Long> allocated = new ArrayList<>();
		pool.shutdown();
		for (Future<long[][]> future : futures) {
			long[][] times = future.get();
			for (long each : times[0]) {
				all.add(each);
			}
			for (long each : times[1]) {
				cpu.add(each);
			}
			for (long each : times[2]) {
				allocated.add(each);
			}
		}
		double wallSeconds = seconds(wall);
		double processCpu = (processCpuNanos() - cpuBefore) / 1e9;
		long gcMillis = collectionMillis() - gcBefore;
		long compilingMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore;
		all.sort(Comparator.naturalOrder());
		cpu.sort(Comparator.naturalOrder());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("what", what);
		result.put("searches", all.size());
		result.put("p50Millis", round(all.get(all.size() / 2) / 1e6));
		result.put("p95Millis", round(all.get((int) (all.size() * 0.95)) / 1e6));
		result.put("p99Millis", round(all.get((int) (all.size() * 0.99)) / 1e6));
		result.put("searchesPerSecond", round(all.size() / wallSeconds));
		result.put("threadCpuP50Millis", round(cpu.get(cpu.size() / 2) / 1e6));
		result.put("threadCpuP95Millis", round(cpu.get((int) (cpu.size() * 0.95)) / 1e6));
		result.put("processCpuMillisPerSearch", round(processCpu * 1000 / all.size()));
		// Where the process's time goes besides the searching threads: the collector's
		// pauses and the compiler's time (both wall time summed over their threads, as
		// the JVM reports them), and what each search allocates.
		result.put("collectorPauseMillisPerSearch", round((double) gcMillis / all.size()));
		result.put("compilerMillisPerSearch", round((double) compilingMillis / all.size()));
		allocated.sort(Comparator.naturalOrder());
		result.put("allocatedKilobytesP50", round(allocated.get(allocated.size() / 2) / 1024.0));
		result.put("allocatedKilobytesMean",
				round(allocated.stream().mapToLong(Long::longValue).average().orElse(0) / 1024.0));
		result.put("loadAverage", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		System.err.println("KnowledgeSearchBenchmark: " + result);
		return result;
	}

	private static long collectionMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
			.filter(time -> time > 0)
			.sum();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static Path findShared(String relative) {
		for (String base : List.of("../shared", "../../shared")) {
			Path candidate = Path.of(base).resolve(relative);
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static double seconds(long start) {
		return round((System.nanoTime() - start) / 1e9);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
