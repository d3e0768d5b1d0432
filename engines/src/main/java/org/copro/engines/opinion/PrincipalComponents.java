package org.copro.engines.opinion;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The first principal components of the vote matrix, computed as Polis does but in time
 * proportional to the number of votes.
 *
 * <p>
 * Polis (Small et al., "Polis: Scaling deliberation by mapping high dimensional opinion
 * spaces", 2021; {@code polismath.math.pca}) replaces each missing vote by its
 * statement's mean vote, centres every column on that mean and finds the leading
 * eigenvectors of the covariance by power iteration. After centring, a missing vote is
 * exactly zero, so the centred matrix X keeps the sparsity of the votes: we never densify
 * it and multiply by XᵀX as Xᵀ(Xv), one pass over the votes per product. Statements
 * moderated out are zeroed as Polis does, so they carry no weight.
 *
 * <p>
 * Instead of Polis's one-vector-at-a-time power iteration with deflation we run block
 * (subspace) iteration with a Rayleigh–Ritz step (Golub and Van Loan, "Matrix
 * Computations", §8.2.4) on a block of two guard vectors more than asked for; it
 * converges to the same eigenvectors, at the rate λ₅/λᵢ instead of λᵢ₊₁/λᵢ. Each
 * component's sign is fixed so that its largest entry is positive (Polis's sign is
 * arbitrary).
 */
final class PrincipalComponents {

	private static final int GUARD_VECTORS = 2;

	private static final int MAX_ITERATIONS = 2000;

	/** Relative residual ‖Cv − λv‖ / λ₁ below which a component counts as converged. */
	private static final double TOLERANCE = 1e-10;

	private PrincipalComponents() {
	}

	/** Column means, components (each of length statements) and their eigenvalues. */
	record Result(double[] center, double[][] components, double[] eigenvalues, int iterations) {
	}

	/**
	 * Computes {@code count} components of the matrix, ignoring the columns flagged in
	 * {@code excluded}.
	 */
	static Result compute(VoteMatrix matrix, boolean[] excluded, int count) {
		int m = matrix.statementCount();
		int[] rowStart = matrix.rowStarts();
		int[] column = matrix.columns();
		byte[] vote = matrix.votes();
		double[] center = columnMeans(matrix, excluded);
		double[] centred = new double[column.length];
		for (int e = 0; e < column.length; e++) {
			int j = column[e];
			centred[e] = excluded[j] ? 0 : vote[e] - center[j];
		}
		int wanted = Math.min(count, Math.min(m, matrix.participantCount()));
		int block = Math.min(wanted + GUARD_VECTORS, m);
		double[][] components = new double[count][m];
		double[] eigenvalues = new double[count];
		if (wanted == 0 || block == 0) {
			return new Result(center, components, eigenvalues, 0);
		}
		// Basis vectors interleaved (v[j * block + k]) so that one pass over a row serves
		// the whole block.
		double[] basis = new double[m * block];
		SplittableRandom random = new SplittableRandom(20140611L);
		for (int i = 0; i < basis.length; i++) {
			basis[i] = random.nextDouble() - 0.5;
		}
		for (int j = 0; j < m; j++) {
			if (excluded[j]) {
				for (int k = 0; k < block; k++) {
					basis[j * block + k] = 0;
				}
			}
		}
		orthonormalise(basis, m, block);
		double[] product = new double[m * block];
		double[] ritz = new double[block];
		int iteration = 0;
		while (true) {
			iteration++;
			multiplyCovariance(rowStart, column, centred, basis, product, block);
			double[][] h = gram(basis, product, m, block);
			double[][] rotation = new double[block][block];
			jacobiEigen(h, ritz, rotation);
			double[] rotatedBasis = rotate(basis, rotation, m, block);
			double[] rotatedProduct = rotate(product, rotation, m, block);
			double residual = 0;
			for (int k = 0; k < wanted; k++) {
				double sum = 0;
				for (int j = 0; j < m; j++) {
					double r = rotatedProduct[j * block + k] - ritz[k] * rotatedBasis[j * block + k];
					sum += r * r;
				}
				residual = Math.max(residual, Math.sqrt(sum));
			}
			double scale = Math.max(Math.abs(ritz[0]), Double.MIN_NORMAL);
			if (residual <= TOLERANCE * scale || iteration >= MAX_ITERATIONS || ritz[0] == 0) {
				for (int k = 0; k < wanted; k++) {
					for (int j = 0; j < m; j++) {
						components[k][j] = rotatedBasis[j * block + k];
					}
					fixSign(components[k]);
					eigenvalues[k] = ritz[k];
				}
				return new Result(center, components, eigenvalues, iteration);
			}
			System.arraycopy(rotatedProduct, 0, basis, 0, basis.length);
			orthonormalise(basis, m, block);
		}
	}

	/**
	 * Mean vote of each statement over those who voted on it; zero for excluded or
	 * unvoted statements.
	 */
	static double[] columnMeans(VoteMatrix matrix, boolean[] excluded) {
		int m = matrix.statementCount();
		double[] sum = new double[m];
		int[] count = new int[m];
		int[] column = matrix.columns();
		byte[] vote = matrix.votes();
		for (int e = 0; e < column.length; e++) {
			sum[column[e]] += vote[e];
			count[column[e]]++;
		}
		double[] mean = new double[m];
		for (int j = 0; j < m; j++) {
			mean[j] = excluded[j] || count[j] == 0 ? 0 : sum[j] / count[j];
		}
		return mean;
	}

	/** product = Xᵀ X basis, in one pass over the rows of the sparse centred matrix X. */
	private static void multiplyCovariance(int[] rowStart, int[] column, double[] centred, double[] basis,
			double[] product, int block) {
		Arrays.fill(product, 0);
		if (block == 4) {
			multiplyCovariance4(rowStart, column, centred, basis, product);
			return;
		}
		double[] rowDot = new double[block];
		int n = rowStart.length - 1;
		for (int i = 0; i < n; i++) {
			int from = rowStart[i];
			int to = rowStart[i + 1];
			Arrays.fill(rowDot, 0);
			for (int e = from; e < to; e++) {
				double x = centred[e];
				int base = column[e] * block;
				for (int k = 0; k < block; k++) {
					rowDot[k] += x * basis[base + k];
				}
			}
			for (int e = from; e < to; e++) {
				double x = centred[e];
				int base = column[e] * block;
				for (int k = 0; k < block; k++) {
					product[base + k] += x * rowDot[k];
				}
			}
		}
	}

	/**
	 * The usual block of four (two components and two guards), unrolled: the hot loop of
	 * the analysis.
	 */
	private static void multiplyCovariance4(int[] rowStart, int[] column, double[] centred, double[] basis,
			double[] product) {
		int n = rowStart.length - 1;
		for (int i = 0; i < n; i++) {
			int from = rowStart[i];
			int to = rowStart[i + 1];
			double d0 = 0;
			double d1 = 0;
			double d2 = 0;
			double d3 = 0;
			for (int e = from; e < to; e++) {
				double x = centred[e];
				int base = column[e] << 2;
				d0 += x * basis[base];
				d1 += x * basis[base + 1];
				d2 += x * basis[base + 2];
				d3 += x * basis[base + 3];
			}
			for (int e = from; e < to; e++) {
				double x = centred[e];
				int base = column[e] << 2;
				product[base] += x * d0;
				product[base + 1] += x * d1;
				product[base + 2] += x * d2;
				product[base + 3] += x * d3;
			}
		}
	}

	/**
	 * h = basisᵀ product, the small projected eigenproblem (symmetric up to rounding).
	 */
	private static double[][] gram(double[] basis, double[] product, int m, int block) {
		double[][] h = new double[block][block];
		for (int j = 0; j < m; j++) {
			int base = j * block;
			for (int a = 0; a < block; a++) {
				double v = basis[base + a];
				for (int b = 0; b < block; b++) {
					h[a][b] += v * product[base + b];
				}
			}
		}
		for (int a = 0; a < block; a++) {
			for (int b = a + 1; b < block; b++) {
				double mean = (h[a][b] + h[b][a]) / 2;
				h[a][b] = mean;
				h[b][a] = mean;
			}
		}
		return h;
	}

	private static double[] rotate(double[] vectors, double[][] rotation, int m, int block) {
		double[] out = new double[vectors.length];
		for (int j = 0; j < m; j++) {
			int base = j * block;
			for (int k = 0; k < block; k++) {
				double sum = 0;
				for (int a = 0; a < block; a++) {
					sum += vectors[base + a] * rotation[a][k];
				}
				out[base + k] = sum;
			}
		}
		return out;
	}

	/**
	 * Modified Gram–Schmidt on the interleaved block; a vector that vanishes is left as
	 * zero.
	 */
	private static void orthonormalise(double[] basis, int m, int block) {
		for (int k = 0; k < block; k++) {
			for (int a = 0; a < k; a++) {
				double dot = 0;
				for (int j = 0; j < m; j++) {
					dot += basis[j * block + a] * basis[j * block + k];
				}
				for (int j = 0; j < m; j++) {
					basis[j * block + k] -= dot * basis[j * block + a];
				}
			}
			double norm = 0;
			for (int j = 0; j < m; j++) {
				norm += basis[j * block + k] * basis[j * block + k];
			}
			norm = Math.sqrt(norm);
			for (int j = 0; j < m; j++) {
				basis[j * block + k] = norm > 1e-300 ? basis[j * block + k] / norm : 0;
			}
		}
	}

	/**
	 * Cyclic Jacobi eigen-decomposition of a small symmetric matrix: eigenvalues in
	 * decreasing order and the eigenvectors as the columns of {@code vectors}.
	 */
	static void jacobiEigen(double[][] symmetric, double[] values, double[][] vectors) {
		int size = values.length;
		double[][] a = new double[size][];
		for (int i = 0; i < size; i++) {
			a[i] = symmetric[i].clone();
			Arrays.fill(vectors[i], 0);
			vectors[i][i] = 1;
		}
		for (int sweep = 0; sweep < 100; sweep++) {
			double off = 0;
			for (int p = 0; p < size; p++) {
				for (int q = p + 1; q < size; q++) {
					off += a[p][q] * a[p][q];
				}
			}
			if (off < 1e-300) {
				break;
			}
			for (int p = 0; p < size; p++) {
				for (int q = p + 1; q < size; q++) {
					if (a[p][q] == 0) {
						continue;
					}
					double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
					double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
					if (theta == 0) {
						t = 1;
					}
					double c = 1 / Math.sqrt(t * t + 1);
					double s = t * c;
					for (int k = 0; k < size; k++) {
						double akp = a[k][p];
						double akq = a[k][q];
						a[k][p] = c * akp - s * akq;
						a[k][q] = s * akp + c * akq;
					}
					for (int k = 0; k < size; k++) {
						double apk = a[p][k];
						double aqk = a[q][k];
						a[p][k] = c * apk - s * aqk;
						a[q][k] = s * apk + c * aqk;
					}
					for (int k = 0; k < size; k++) {
						double vkp = vectors[k][p];
						double vkq = vectors[k][q];
						vectors[k][p] = c * vkp - s * vkq;
						vectors[k][q] = s * vkp + c * vkq;
					}
				}
			}
		}
		Integer[] order = new Integer[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
		double[][] sortedVectors = new double[size][size];
		for (int k = 0; k < size; k++) {
			values[k] = a[order[k]][order[k]];
			for (int i = 0; i < size; i++) {
				sortedVectors[i][k] = vectors[i][order[k]];
			}
		}
		for (int i = 0; i < size; i++) {
			vectors[i] = sortedVectors[i];
		}
	}

	private static void fixSign(double[] component) {
		int largest = 0;
		for (int j = 1; j < component.length; j++) {
			if (Math.abs(component[j]) > Math.abs(component[largest])) {
				largest = j;
			}
		}
		if (component[largest] < 0) {
			for (int j = 0; j < component.length; j++) {
				component[j] = -component[j];
			}
		}
	}

}
