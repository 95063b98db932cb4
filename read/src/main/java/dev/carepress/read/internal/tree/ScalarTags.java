package dev.carepress.read.internal.tree;

import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/** The type YAML's JSON schema gives a plain scalar (string, integer, float, boolean, null), as the engine gives it. */
final class ScalarTags {
  private static final ScalarResolver RESOLVER = new JsonScalarResolver();
  /** The first characters for which the resolver tries a pattern other than the empty scalar's. */
  private static final String RESOLVED_FIRST = "tfn$-.0123456789";

  private ScalarTags() {}

  /**
   * The tag the engine's resolver gives a plain scalar. Its patterns (null, booleans, numbers and
   * {@code ${...}}) are chosen by the scalar's first character, so one that starts with none of
   * theirs is a string without trying them (a test compares the two).
   */
  static Tag of(String plain) {
    if (!plain.isEmpty() && RESOLVED_FIRST.indexOf(plain.charAt(0)) < 0) {
      return Tag.STR;
    }
    return RESOLVER.resolve(plain, true);
  }
}
