package dev.carepress.batch;

import dev.carepress.text.Suggestions;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Works out each format's {@link Settings} from named options ({@code --page-size A4} on the
 * command line, {@code <pageSize>} in the Maven plugin) and {@code [FORMAT.]KEY=VALUE} pairs,
 * failing with a {@link SettingsException} on anything no format would use, so that every tool on
 * top of the batch accepts the same names and says the same things about them.
 *
 * <ul>
 *   <li>{@code --set FORMAT.KEY=VALUE} sets the key for that format, which must be rendered and must
 *       know the key;
 *   <li>{@code --set KEY=VALUE} and a flag set the key for every rendered format that knows it; at
 *       least one must;
 *   <li>one key given two different values for one format is an error, whichever way they came.
 * </ul>
 */
public final class FormatSettings {
  private final Renderers renderers;
  private final List<RendererProvider> selected;
  private final String pairOrigin;
  private final String addFormat;
  private final String listSettings;
  // format id -> key -> (value, where it came from)
  private final Map<String, Map<String, String[]>> values = new TreeMap<>();

  /**
   * Starts with no settings, in the command line's words ({@code --set}, {@code add --format pdf}).
   *
   * @param renderers every format available
   * @param selected the formats being rendered
   */
  public FormatSettings(Renderers renderers, List<RendererProvider> selected) {
    this(renderers, selected, "--set ", "add --format %s", "carepress formats lists each format's settings");
  }

  /**
   * Starts with no settings, in a tool's own words.
   *
   * @param renderers every format available
   * @param selected the formats being rendered
   * @param pairOrigin what a message puts before a pair to say where it came from, e.g. {@code "--set "}
   * @param addFormat how a message tells the user to render one more format, {@code %s} the format's id,
   *     e.g. {@code "add --format %s"}
   */
  public FormatSettings(Renderers renderers, List<RendererProvider> selected, String pairOrigin, String addFormat) {
    this(renderers, selected, pairOrigin, addFormat, "");
  }

  /**
   * Starts with no settings, in a tool's own words.
   *
   * @param renderers every format available
   * @param selected the formats being rendered
   * @param pairOrigin what a message puts before a pair to say where it came from, e.g. {@code "--set "}
   * @param addFormat how a message tells the user to render one more format, {@code %s} the format's id,
   *     e.g. {@code "add --format %s"}
   * @param listSettings how a message about an unknown key tells the user where the settings are
   *     listed, e.g. {@code "carepress formats lists each format's settings"}; empty: the message lists
   *     the rendered formats' settings itself (a tool without such a command: the Maven plugin)
   */
  public FormatSettings(Renderers renderers, List<RendererProvider> selected, String pairOrigin, String addFormat,
      String listSettings) {
    this.listSettings = listSettings;
    this.renderers = renderers;
    this.selected = List.copyOf(selected);
    this.pairOrigin = pairOrigin;
    this.addFormat = addFormat;
    selected.forEach(p -> values.put(p.format().id(), new TreeMap<>()));
  }

  /** Applies a flag such as {@code --page-size}, which sets {@code key} on every rendered format knowing it. */
  public FormatSettings flag(String flag, String key, String value) {
    applyToAllKnowing(key, value, flag);
    return this;
  }

  /** Applies one {@code [FORMAT.]KEY=VALUE} pair, as {@code --set} does. */
  public FormatSettings set(String pair) {
    int eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new SettingsException(pairOrigin + pair + ": expected KEY=VALUE or FORMAT.KEY=VALUE, e.g. "
          + pairOrigin + "pdf.pageSize=LETTER");
    }
    String key = pair.substring(0, eq).strip();
    String value = pair.substring(eq + 1).strip();
    String where = pairOrigin + pair;
    int dot = key.indexOf('.');
    if (dot > 0 && renderers.provider(key.substring(0, dot)).isPresent()) {
      String format = key.substring(0, dot);
      String option = key.substring(dot + 1);
      if (!values.containsKey(format)) {
        throw new SettingsException(where + ": format '" + format + "' is not being rendered (rendering "
            + String.join(", ", values.keySet()) + "; " + addFormat.formatted(format) + ")");
      }
      RendererProvider provider = renderers.requireProvider(format);
      if (!knows(provider, option)) {
        throw new SettingsException(where + ": format '" + format + "' has no setting '" + option + "'"
            + suggestion(option, keysOf(provider)) + knownList(provider));
      }
      put(format, option, value, where);
    } else if (dot > 0 && looksLikeFormat(key.substring(0, dot))) {
      String format = key.substring(0, dot);
      throw new SettingsException(where + ": no format '" + format + "'"
          + suggestion(format, renderers.formatIds()) + " (formats: " + String.join(", ", renderers.formatIds()) + ")");
    } else {
      applyToAllKnowing(key, value, where);
    }
    return this;
  }

  /** The settings of each rendered format, by format id. */
  public Map<String, Settings> build() {
    Map<String, Settings> result = new LinkedHashMap<>();
    for (RendererProvider provider : selected) {
      Map<String, String> map = new TreeMap<>();
      values.get(provider.format().id()).forEach((k, v) -> map.put(k, v[0]));
      result.put(provider.format().id(), Settings.of(map));
    }
    return result;
  }

  private void applyToAllKnowing(String key, String value, String where) {
    List<RendererProvider> knowing = new ArrayList<>();
    for (RendererProvider provider : selected) {
      if (knows(provider, key)) {
        knowing.add(provider);
      }
    }
    if (knowing.isEmpty()) {
      Set<String> elsewhere = renderers.providers().stream()
          .filter(p -> knows(p, key)).map(p -> p.format().id()).collect(Collectors.toCollection(TreeSet::new));
      String rendered = selected.stream().map(p -> p.format().id()).collect(Collectors.joining(", "));
      if (!elsewhere.isEmpty()) {
        throw new SettingsException(where + ": none of the formats rendered (" + rendered + ") has the setting '"
            + key + "'; " + String.join(", ", elsewhere) + " has it (" + addFormat.formatted(elsewhere.iterator().next()) + ")");
      }
      Set<String> all = new TreeSet<>();
      selected.forEach(p -> all.addAll(keysOf(p)));
      String closest = Suggestions.closest(key, all).map(c -> " (did you mean '" + c + "'?)").orElse("");
      throw new SettingsException(where + ": no format rendered (" + rendered + ") has the setting '" + key + "'"
          + closest + "; " + (listSettings.isEmpty() ? "their settings: " + String.join(", ", all) : listSettings));
    }
    for (RendererProvider provider : knowing) {
      put(provider.format().id(), key, value, where);
    }
  }

  private void put(String format, String key, String value, String where) {
    String[] before = values.get(format).get(key);
    if (before != null && !before[0].equals(value)) {
      throw new SettingsException(where + " conflicts with " + before[1] + ": '" + format + "." + key
          + "' given both '" + before[0] + "' and '" + value + "'");
    }
    values.get(format).put(key, new String[] {value, where});
  }

  private boolean looksLikeFormat(String word) {
    return word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')
        && Suggestions.closest(word, renderers.formatIds()).isPresent();
  }

  private static boolean knows(RendererProvider provider, String key) {
    return provider.options().stream().anyMatch(o -> o.matches(key));
  }

  private static Set<String> keysOf(RendererProvider provider) {
    return provider.options().stream().map(o -> o.isPrefixed() ? o.key() + ".KEY" : o.key())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String knownList(RendererProvider provider) {
    Set<String> keys = keysOf(provider);
    return keys.isEmpty() ? " (it has no settings)" : " (its settings: " + String.join(", ", keys) + ")";
  }

  private static String suggestion(String word, Set<String> candidates) {
    Optional<String> closest = Suggestions.closest(word, candidates);
    return closest.map(c -> "; did you mean '" + c + "'?").orElse("");
  }
}
