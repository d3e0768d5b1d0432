package org.copro.engines.budgeting;

import java.math.BigInteger;

/**
 * An exact non-negative or negative rational number in lowest terms.
 *
 * <p>
 * Budgets and payments in the Method of Equal Shares are fractions whose denominators
 * grow with every round; doubles would turn exact ties into accidental orderings, so the
 * rules compare these. A cached double gives a fast answer when two values are clearly
 * apart.
 */
final class Rational implements Comparable<Rational> {

	static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

	private final BigInteger numerator;

	private final BigInteger denominator;

	private final double approximation;

	private Rational(BigInteger numerator, BigInteger denominator) {
		this.numerator = numerator;
		this.denominator = denominator;
		this.approximation = approximate(numerator, denominator);
	}

	static Rational of(long value) {
		return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
	}

	static Rational of(BigInteger numerator, BigInteger denominator) {
		if (denominator.signum() == 0) {
			throw new ArithmeticException("division by zero");
		}
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		if (!denominator.equals(BigInteger.ONE)) {
			BigInteger gcd = numerator.gcd(denominator);
			if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
				numerator = numerator.divide(gcd);
				denominator = denominator.divide(gcd);
			}
		}
		return new Rational(numerator, denominator);
	}

	static Rational of(long numerator, long denominator) {
		return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

	BigInteger numerator() {
		return numerator;
	}

	BigInteger denominator() {
		return denominator;
	}

	double doubleValue() {
		return approximation;
	}

	int signum() {
		return numerator.signum();
	}

	boolean isZero() {
		return numerator.signum() == 0;
	}

	Rational add(Rational other) {
		if (denominator.equals(other.denominator)) {
			return of(numerator.add(other.numerator), denominator);
		}
		return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	Rational subtract(Rational other) {
		if (denominator.equals(other.denominator)) {
			return of(numerator.subtract(other.numerator), denominator);
		}
		return of(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	Rational multiply(long factor) {
		return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
	}

	Rational multiply(Rational other) {
		return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
	}

	Rational divide(long divisor) {
		return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
	}

	Rational divide(BigInteger divisor) {
		return of(numerator, denominator.multiply(divisor));
	}

	/** The largest integer not above this value. */
	BigInteger floor() {
		BigInteger[] division = numerator.divideAndRemainder(denominator);
		return division[1].signum() < 0 ? division[0].subtract(BigInteger.ONE) : division[0];
	}

	@Override
	public int compareTo(Rational other) {
		double a = approximation;
		double b = other.approximation;
		// Doubles settle the comparison unless the two values are too close for their
		// precision.
		if (Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b)) && !Double.isInfinite(a)
				&& !Double.isInfinite(b)) {
			return a < b ? -1 : 1;
		}
		return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
	}

	/** Compares {@code this × a} with {@code other × b} exactly. */
	int compareScaled(long a, Rational other, long b) {
		double left = approximation * a;
		double right = other.approximation * b;
		if (Math.abs(left - right) > 1e-9 * Math.max(Math.abs(left), Math.abs(right)) && !Double.isInfinite(left)
				&& !Double.isInfinite(right)) {
			return left < right ? -1 : 1;
		}
		return numerator.multiply(other.denominator)
			.multiply(BigInteger.valueOf(a))
			.compareTo(other.numerator.multiply(denominator).multiply(BigInteger.valueOf(b)));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Rational rational && numerator.equals(rational.numerator)
				&& denominator.equals(rational.denominator);
	}

	@Override
	public int hashCode() {
		return numerator.hashCode() * 31 + denominator.hashCode();
	}

	@Override
	public String toString() {
		return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
	}

	/**
	 * The double nearest to {@code numerator / denominator}, also for numbers beyond
	 * double's range.
	 */
	static double approximate(BigInteger numerator, BigInteger denominator) {
		int numeratorShift = Math.max(0, numerator.bitLength() - 62);
		int denominatorShift = Math.max(0, denominator.bitLength() - 62);
		if (numeratorShift == 0 && denominatorShift == 0) {
			return numerator.doubleValue() / denominator.doubleValue();
		}
		// Keep 62 significant bits of each part so that huge numbers still give a finite
		// quotient.
		double quotient = numerator.shiftRight(numeratorShift).doubleValue()
				/ denominator.shiftRight(denominatorShift).doubleValue();
		return Math.scalb(quotient, numeratorShift - denominatorShift);
	}

}
