package org.copro.engines.voting;

import java.math.BigInteger;

/** An exact non-negative rational number, so that transferred vote values never round. */
record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

	static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

	static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

	Fraction {
		if (denominator.signum() <= 0) {
			throw new IllegalArgumentException("denominator must be positive");
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
			numerator = numerator.divide(gcd);
			denominator = denominator.divide(gcd);
		}
	}

	static Fraction of(long whole) {
		return new Fraction(BigInteger.valueOf(whole), BigInteger.ONE);
	}

	Fraction plus(Fraction other) {
		return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	Fraction minus(Fraction other) {
		return plus(new Fraction(other.numerator.negate(), other.denominator));
	}

	Fraction times(Fraction other) {
		return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
	}

	Fraction dividedBy(Fraction other) {
		if (other.numerator.signum() == 0) {
			throw new ArithmeticException("division by zero");
		}
		BigInteger n = numerator.multiply(other.denominator);
		BigInteger d = denominator.multiply(other.numerator);
		return d.signum() < 0 ? new Fraction(n.negate(), d.negate()) : new Fraction(n, d);
	}

	@Override
	public int compareTo(Fraction other) {
		return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
	}

	double toDouble() {
		return new java.math.BigDecimal(numerator)
			.divide(new java.math.BigDecimal(denominator), java.math.MathContext.DECIMAL64)
			.doubleValue();
	}
}
