package org.copro.engines.opinion;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Weighted k-means in the plane (Lloyd, "Least squares quantization in PCM", 1982) seeded
 * with k-means++ (Arthur and Vassilvitskii, 2007), and the silhouette coefficient
 * (Rousseeuw, 1987) that Polis uses to choose the number of groups.
 *
 * <p>
 * Polis seeds k-means with the previous run's clusters, or the first k distinct points on
 * a first run; a stateless engine has no previous run, so we seed with k-means++ from a
 * fixed seed and keep the best of several restarts, which makes the result reproducible
 * and independent of input order.
 */
final class KMeans {

	/** Polis's tolerance on centre movement between two iterations. */
	private static final double CENTER_TOLERANCE = 0.01;

	private KMeans() {
	}

	/**
	 * Centres (k × 2), the cluster of each point and the weighted sum of squared
	 * distances.
	 */
	record Clustering(double[][] centers, int[] assignment, double cost) {

		int k() {
			return centers.length;
		}
	}

	static Clustering cluster(double[] x, double[] y, double[] weight, int k, long seed, int restarts,
			int maxIterations) {
		Clustering best = null;
		SplittableRandom random = new SplittableRandom(seed);
		for (int r = 0; r < Math.max(1, restarts); r++) {
			Clustering candidate = lloyd(x, y, weight, seed(x, y, weight, k, random), maxIterations);
			if (best == null || candidate.cost() < best.cost() - 1e-12 * Math.abs(best.cost())) {
				best = candidate;
			}
		}
		return best;
	}

	private static double[][] seed(double[] x, double[] y, double[] weight, int k, SplittableRandom random) {
		int n = x.length;
		double[][] centers = new double[k][];
		double[] distance = new double[n];
		Arrays.fill(distance, Double.POSITIVE_INFINITY);
		int first = pick(weight, null, random);
		centers[0] = new double[] { x[first], y[first] };
		for (int c = 1; c < k; c++) {
			for (int i = 0; i < n; i++) {
				double dx = x[i] - centers[c - 1][0];
				double dy = y[i] - centers[c - 1][1];
				distance[i] = Math.min(distance[i], dx * dx + dy * dy);
			}
			int next = pick(weight, distance, random);
			centers[c] = new double[] { x[next], y[next] };
		}
		return centers;
	}

	/**
	 * A point drawn with probability proportional to weight × distance (or weight alone).
	 */
	private static int pick(double[] weight, double[] distance, SplittableRandom random) {
		double total = 0;
		for (int i = 0; i < weight.length; i++) {
			total += weight[i] * (distance == null ? 1 : distance[i]);
		}
		if (total <= 0) {
			return random.nextInt(weight.length);
		}
		double target = random.nextDouble() * total;
		double sum = 0;
		for (int i = 0; i < weight.length; i++) {
			sum += weight[i] * (distance == null ? 1 : distance[i]);
			if (sum > target) {
				return i;
			}
		}
		return weight.length - 1;
	}

	private static Clustering lloyd(double[] x, double[] y, double[] weight, double[][] centers, int maxIterations) {
		int n = x.length;
		int k = centers.length;
		int[] assignment = new int[n];
		Arrays.fill(assignment, -1);
		double[] sumX = new double[k];
		double[] sumY = new double[k];
		double[] sumW = new double[k];
		for (int iteration = 0; iteration < maxIterations; iteration++) {
			boolean changed = false;
			double[][] previous = new double[k][];
			for (int c = 0; c < k; c++) {
				previous[c] = centers[c].clone();
			}
			for (int i = 0; i < n; i++) {
				int nearest = nearest(x[i], y[i], centers);
				if (nearest != assignment[i]) {
					assignment[i] = nearest;
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
			Arrays.fill(sumX, 0);
			Arrays.fill(sumY, 0);
			Arrays.fill(sumW, 0);
			for (int i = 0; i < n; i++) {
				int c = assignment[i];
				sumX[c] += weight[i] * x[i];
				sumY[c] += weight[i] * y[i];
				sumW[c] += weight[i];
			}
			for (int c = 0; c < k; c++) {
				if (sumW[c] > 0) {
					centers[c][0] = sumX[c] / sumW[c];
					centers[c][1] = sumY[c] / sumW[c];
				}
				else {
					// An empty cluster restarts at the point worst served by the others.
					int farthest = 0;
					double farthestDistance = -1;
					for (int i = 0; i < n; i++) {
						double d = squaredDistance(x[i], y[i], centers[assignment[i]]);
						if (d > farthestDistance) {
							farthestDistance = d;
							farthest = i;
						}
					}
					centers[c][0] = x[farthest];
					centers[c][1] = y[farthest];
				}
			}
			// Polis stops when no centre moved by 0.01 or more ("same-clustering?").
			boolean settled = true;
			for (int c = 0; c < k && settled; c++) {
				settled = Math.hypot(centers[c][0] - previous[c][0], centers[c][1] - previous[c][1]) < CENTER_TOLERANCE;
			}
			if (settled) {
				break;
			}
		}
		double cost = 0;
		for (int i = 0; i < n; i++) {
			cost += weight[i] * squaredDistance(x[i], y[i], centers[assignment[i]]);
		}
		return compact(centers, assignment, cost);
	}

	/** Drops clusters left without members (when points are fewer or coincide). */
	private static Clustering compact(double[][] centers, int[] assignment, double cost) {
		int k = centers.length;
		int[] size = new int[k];
		for (int c : assignment) {
			size[c]++;
		}
		int[] renumber = new int[k];
		int used = 0;
		for (int c = 0; c < k; c++) {
			renumber[c] = size[c] > 0 ? used++ : -1;
		}
		if (used == k) {
			return new Clustering(centers, assignment, cost);
		}
		double[][] kept = new double[used][];
		for (int c = 0; c < k; c++) {
			if (renumber[c] >= 0) {
				kept[renumber[c]] = centers[c];
			}
		}
		int[] reassigned = new int[assignment.length];
		for (int i = 0; i < assignment.length; i++) {
			reassigned[i] = renumber[assignment[i]];
		}
		return new Clustering(kept, reassigned, cost);
	}

	static int nearest(double x, double y, double[][] centers) {
		int nearest = 0;
		double best = Double.POSITIVE_INFINITY;
		for (int c = 0; c < centers.length; c++) {
			double d = squaredDistance(x, y, centers[c]);
			if (d < best) {
				best = d;
				nearest = c;
			}
		}
		return nearest;
	}

	private static double squaredDistance(double x, double y, double[] center) {
		double dx = x - center[0];
		double dy = y - center[1];
		return dx * dx + dy * dy;
	}

	/**
	 * Mean silhouette over the points (unweighted, as Polis computes it over its base
	 * clusters): for each point, (b − a) / max(a, b) with a the mean distance to the rest
	 * of its cluster and b the least mean distance to another cluster; a point alone in
	 * its cluster scores 0.
	 */
	static double silhouette(double[] x, double[] y, int[] assignment, int k) {
		int n = x.length;
		if (k < 2) {
			return 0;
		}
		int[] size = new int[k];
		for (int c : assignment) {
			size[c]++;
		}
		double total = 0;
		double[] sum = new double[k];
		for (int i = 0; i < n; i++) {
			Arrays.fill(sum, 0);
			for (int j = 0; j < n; j++) {
				if (j != i) {
					sum[assignment[j]] += Math.hypot(x[i] - x[j], y[i] - y[j]);
				}
			}
			int own = assignment[i];
			if (size[own] == 1) {
				continue;
			}
			double a = sum[own] / (size[own] - 1);
			double b = Double.POSITIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				if (c != own && size[c] > 0) {
					b = Math.min(b, sum[c] / size[c]);
				}
			}
			double denominator = Math.max(a, b);
			total += denominator > 0 ? (b - a) / denominator : 0;
		}
		return total / n;
	}

}
