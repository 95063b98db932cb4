package dev.carepress.render.pdf.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Fonts parsed once per JVM, keyed by their content, shared by every renderer and thread: loading
 * a TrueType file is the most expensive part of a small render.
 */
public final class FontCache {
  private static final Map<String, FontProgram> PROGRAMS = new ConcurrentHashMap<>();

  private FontCache() {}

  /** The parsed font for the key, loading it on first use. */
  public static FontProgram get(String key, String displayName, Supplier<byte[]> bytes, Optional<String> fontName) {
    FontProgram cached = PROGRAMS.get(key);
    if (cached != null) {
      return cached;
    }
    return PROGRAMS.computeIfAbsent(key, k -> FontProgram.load(displayName, bytes.get(), fontName));
  }
}
