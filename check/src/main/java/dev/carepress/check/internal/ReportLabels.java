package dev.carepress.check.internal;

import dev.carepress.render.Labels;
import dev.carepress.render.SettingsException;
import dev.carepress.text.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The headings and fixed words of the HTML literacy report ({@code report-labels.properties} next to
 * this class, in English), with the user's replacements from the shared {@code labels.KEY=TEXT}
 * option ({@link Labels#OVERRIDES}). Keys of the renderers' labels are accepted and ignored, so one
 * set of label settings can be given to {@code carepress render} and {@code carepress check}.
 * Immutable.
 */
public final class ReportLabels {
  private static final Map<String, String> ENGLISH = load();
  /** Carepress's own words. */
  public static final ReportLabels DEFAULT = new ReportLabels(ENGLISH);

  private final Map<String, String> texts;

  private ReportLabels(Map<String, String> texts) {
    this.texts = Map.copyOf(texts);
  }

  /**
   * The labels with these replacements.
   *
   * @throws SettingsException naming a key that is neither a report label nor a renderer label
   */
  public static ReportLabels with(Map<String, String> overrides) {
    Map<String, String> texts = new HashMap<>(ENGLISH);
    for (Map.Entry<String, String> entry : overrides.entrySet()) {
      String key = entry.getKey();
      if (ENGLISH.containsKey(key)) {
        texts.put(key, entry.getValue());
      } else if (key.startsWith("report.")) {
        throw unknown(key);
      } else {
        Labels.requireKnownKeys(Map.of(key, entry.getValue())); // a renderer's label: fine, not used here
      }
    }
    return new ReportLabels(texts);
  }

  /** The text of a key of {@code report-labels.properties}. */
  public String get(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no report label '" + key + "'");
    }
    return text;
  }

  /** The text of the key with {@code {0}} replaced by the argument. */
  public String format(String key, String argument) {
    return get(key).replace("{0}", argument);
  }

  private static SettingsException unknown(String key) {
    String suggestion = Suggestions.closest(key, ENGLISH.keySet()).map(s -> "; did you mean '" + s + "'?").orElse("");
    return new SettingsException("setting 'labels." + key + "': the literacy report has no label '" + key + "'"
        + suggestion + " (its keys are in dev/carepress/check/internal/report-labels.properties)");
  }

  private static Map<String, String> load() {
    Properties properties = new Properties();
    try (InputStream in = ReportLabels.class.getResourceAsStream("report-labels.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing resource report-labels.properties");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new HashMap<>();
    properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
    return Map.copyOf(map);
  }
}
