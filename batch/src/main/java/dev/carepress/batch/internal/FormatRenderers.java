package dev.carepress.batch.internal;

import dev.carepress.batch.FormatPlan;
import dev.carepress.render.Renderer;
import dev.carepress.render.Renderers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The renderers of a batch's formats, made on first use (the PDF renderer loads fonts, so the
 * first run makes them while its inputs are read) and kept for later runs of the same batch.
 */
public final class FormatRenderers {
  private final Renderers registry;
  private final List<FormatPlan> formats;
  private Map<String, Renderer> made;

  /** The renderers of these formats, not made yet. */
  public FormatRenderers(Renderers registry, List<FormatPlan> formats) {
    this.registry = registry;
    this.formats = List.copyOf(formats);
  }

  /**
   * The renderers by format id, in the order of the formats; made now if not yet.
   *
   * @throws dev.carepress.render.UnknownFormatException if a format has no renderer
   * @throws dev.carepress.render.SettingsException if a format's settings cannot be used
   */
  public synchronized Map<String, Renderer> get() {
    if (made == null) {
      Map<String, Renderer> renderers = new LinkedHashMap<>();
      for (FormatPlan format : formats) {
        renderers.put(format.formatId(), registry.require(format.formatId(), format.settings()));
      }
      made = java.util.Collections.unmodifiableMap(renderers);
    }
    return made;
  }
}
