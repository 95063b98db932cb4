package dev.carepress.read.internal.source;

/** A 1-based line and column in a source file; 0 when unknown. */
public record Pos(int line, int column) {
  public static final Pos UNKNOWN = new Pos(0, 0);
  public static final Pos START = new Pos(1, 1);
}
