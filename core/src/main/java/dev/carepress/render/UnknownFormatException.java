package dev.carepress.render;

import dev.carepress.CarepressException;
import dev.carepress.text.Suggestions;
import java.util.Set;
import java.util.TreeSet;

/**
 * No renderer is registered for the requested format; the message suggests the closest id (format
 * ids are lower case: {@code 'PDF'} and {@code 'pfd'} get "did you mean 'pdf'?") and lists those
 * there are.
 */
public class UnknownFormatException extends CarepressException {
  private static final long serialVersionUID = 1L;

  /** The format asked for. */
  private final String formatId;
  private final transient Set<String> available;

  /** Creates the exception for the format asked for and the formats available. */
  public UnknownFormatException(String formatId, Set<String> available) {
    super("no renderer for format '" + formatId + "'; "
        + Suggestions.closest(formatId, available).map(id -> "did you mean '" + id + "'? ").orElse("")
        + (available.isEmpty()
            ? "none is on the classpath (add carepress-render-html, -pdf or -epub)"
            : "available: " + String.join(", ", new TreeSet<>(available))));
    this.formatId = formatId;
    this.available = Set.copyOf(available);
  }

  /** The format asked for. */
  public String formatId() {
    return formatId;
  }

  /** The formats that are available. */
  public Set<String> available() {
    return available;
  }
}
