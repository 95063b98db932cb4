package dev.carepress.cli.internal;

import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.text.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The formats {@code --format} asks for, checked against those on the class path. */
final class FormatChoice {
  private FormatChoice() {}

  /**
   * The providers of the formats asked for, sorted by format id (the order of output and
   * messages, whatever the order of the options); every format found when none is asked for.
   *
   * @throws UsageException for an unknown format (with the closest one and the list), or when
   *     there is no renderer at all
   */
  static List<RendererProvider> select(Renderers renderers, List<String> formats) {
    if (renderers.formatIds().isEmpty()) {
      throw new UsageException("no renderers found on the class path (add carepress-render-html, -pdf or -epub)");
    }
    if (formats.isEmpty()) {
      return renderers.providers();
    }
    Map<String, RendererProvider> chosen = new LinkedHashMap<>();
    for (String id : formats) {
      String format = id.strip().toLowerCase(Locale.ROOT);
      Optional<RendererProvider> provider = renderers.provider(format);
      if (provider.isEmpty()) {
        String suggestion = Suggestions.closest(format, renderers.formatIds()).map(s -> "; did you mean " + s + "?")
            .orElse("");
        throw new UsageException("--format " + id + ": no such format" + suggestion
            + " (available: " + String.join(", ", renderers.formatIds()) + ")");
      }
      chosen.put(format, provider.get());
    }
    return new ArrayList<>(new TreeMap<>(chosen).values());
  }
}
