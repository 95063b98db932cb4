package dev.carepress.text;

import java.math.BigDecimal;

/**
 * The operands of a number that CLDR plural rules look at: {@code n} the absolute value, {@code i}
 * its integer digits, {@code v} and {@code w} the count of visible fraction digits with and without
 * trailing zeros, {@code f} and {@code t} those digits as a number, with and without trailing
 * zeros, and {@code c}/{@code e} the compact exponent (always 0 here).
 */
final class Operands {
  private final BigDecimal n;
  private final long i;
  private final int v;
  private final int w;
  private final long f;
  private final long t;

  private Operands(BigDecimal n, long i, int v, int w, long f, long t) {
    this.n = n;
    this.i = i;
    this.v = v;
    this.w = w;
    this.f = f;
    this.t = t;
  }

  static Operands of(long number) {
    long abs = Math.abs(number);
    return new Operands(BigDecimal.valueOf(abs), abs, 0, 0, 0, 0);
  }

  static Operands of(BigDecimal number) {
    BigDecimal abs = number.abs();
    int v = Math.max(0, abs.scale());
    BigDecimal visible = v == 0 ? abs.setScale(0) : abs;
    long i = visible.longValue();
    String fraction = v == 0 ? "" : visible.toPlainString().substring(visible.toPlainString().indexOf('.') + 1);
    String trimmed = fraction.replaceAll("0+$", "");
    long f = fraction.isEmpty() ? 0 : Long.parseLong(fraction);
    long t = trimmed.isEmpty() ? 0 : Long.parseLong(trimmed);
    return new Operands(abs, i, v, trimmed.length(), f, t);
  }

  /** The value of the operand, reduced modulo {@code modulus} when that is not 0. */
  BigDecimal value(char operand, long modulus) {
    BigDecimal value;
    switch (operand) {
      case 'n': value = n; break;
      case 'i': value = BigDecimal.valueOf(i); break;
      case 'v': value = BigDecimal.valueOf(v); break;
      case 'w': value = BigDecimal.valueOf(w); break;
      case 'f': value = BigDecimal.valueOf(f); break;
      case 't': value = BigDecimal.valueOf(t); break;
      default: value = BigDecimal.ZERO; // c and e: no compact notation
    }
    return modulus == 0 ? value : value.remainder(BigDecimal.valueOf(modulus));
  }
}
