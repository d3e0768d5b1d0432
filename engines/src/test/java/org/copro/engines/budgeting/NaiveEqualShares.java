package org.copro.engines.budgeting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Method of Equal Shares voter by voter in exact fractions, as written in the paper,
 * to check the grouped implementation against. Ties: lower cost, more votes, then id.
 */
final class NaiveEqualShares {

	private NaiveEqualShares() {
	}

	static List<String> select(PbFile file, Utility measure) {
		List<PbProject> projects = file.projects();
		int n = file.votes().size();
		Rational[] budget = new Rational[n];
		for (int i = 0; i < n; i++) {
			budget[i] = Rational.of(file.budget().toBigIntegerExact(), BigInteger.valueOf(n));
		}
		List<String> selected = new ArrayList<>();
		List<PbProject> remaining = new ArrayList<>(projects);
		while (true) {
			Rational best = null;
			List<PbProject> tied = new ArrayList<>();
			for (PbProject project : remaining) {
				long cost = project.cost().longValueExact();
				List<Integer> supporters = supporters(file, project);
				if (supporters.isEmpty() || cost == 0) {
					continue;
				}
				long u = measure == Utility.COST ? cost : 1;
				supporters.sort(Comparator.comparing(i -> budget[i]));
				Rational paid = Rational.ZERO;
				long denominator = (long) supporters.size() * u;
				Rational rho = null;
				for (int i : supporters) {
					Rational candidate = Rational.of(cost).subtract(paid).divide(denominator);
					if (candidate.multiply(u).compareTo(budget[i]) <= 0) {
						rho = candidate;
						break;
					}
					paid = paid.add(budget[i]);
					denominator -= u;
				}
				if (rho == null) {
					continue;
				}
				int order = best == null ? -1 : rho.compareTo(best);
				if (order < 0) {
					best = rho;
					tied.clear();
				}
				if (order <= 0) {
					tied.add(project);
				}
			}
			if (best == null) {
				return selected;
			}
			PbProject chosen = tied.stream()
				.min(Comparator.comparing((PbProject p) -> p.cost())
					.thenComparing(p -> -supporters(file, p).size())
					.thenComparing(PbProject::id))
				.orElseThrow();
			long u = measure == Utility.COST ? chosen.cost().longValueExact() : 1;
			for (int i : supporters(file, chosen)) {
				Rational share = best.multiply(u);
				budget[i] = share.compareTo(budget[i]) >= 0 ? Rational.ZERO : budget[i].subtract(share);
			}
			selected.add(chosen.id());
			remaining.remove(chosen);
		}
	}

	private static List<Integer> supporters(PbFile file, PbProject project) {
		List<Integer> supporters = new ArrayList<>();
		for (int i = 0; i < file.votes().size(); i++) {
			if (file.votes().get(i).projects().contains(project.id())) {
				supporters.add(i);
			}
		}
		return supporters;
	}

}
