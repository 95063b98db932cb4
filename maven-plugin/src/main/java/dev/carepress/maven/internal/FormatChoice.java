package dev.carepress.maven.internal;

import dev.carepress.batch.FormatSettings;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import dev.carepress.text.Suggestions;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plugin's formats and settings, resolved by the batch's {@link FormatSettings}: the same names,
 * types and messages as the {@code carepress render} options, in the plugin's words.
 */
public final class FormatChoice {
  private FormatChoice() {}

  /**
   * The providers of the formats asked for, sorted by id; every format found when none is asked for.
   *
   * @throws SettingsException for an unknown format, naming the closest one and all of them
   */
  public static List<RendererProvider> select(Renderers renderers, List<String> formats) {
    if (renderers.formatIds().isEmpty()) {
      throw new SettingsException("no renderers found (add carepress-render-html, -pdf or -epub to the plugin's"
          + " <dependencies>)");
    }
    if (formats.isEmpty()) {
      return renderers.providers();
    }
    Map<String, RendererProvider> chosen = new TreeMap<>();
    for (String id : formats) {
      String format = id.strip().toLowerCase(Locale.ROOT);
      Optional<RendererProvider> provider = renderers.provider(format);
      if (provider.isEmpty()) {
        String suggestion = Suggestions.closest(format, renderers.formatIds()).map(s -> "; did you mean " + s + "?")
            .orElse("");
        throw new SettingsException("<format>" + id + "</format>: no such format" + suggestion
            + " (available: " + String.join(", ", renderers.formatIds()) + ")");
      }
      chosen.put(format, provider.get());
    }
    return List.copyOf(chosen.values());
  }

  /**
   * Each format's settings from the named parameters and the {@code <setting>} pairs.
   *
   * @param named the named parameters that were given, parameter name to (setting key, value)
   * @param clinic the clinic file's details as settings ({@code clinicName} …): set for every
   *     provider that has the key, unless a pair names it (for every format or for that one), as
   *     {@code carepress render --clinic} does
   * @throws SettingsException for a key no rendered format has, or one given two values
   */
  public static Map<String, Settings> settings(Renderers renderers, List<RendererProvider> providers,
      Map<String, Map.Entry<String, String>> named, Map<String, String> clinic, List<String> pairs) {
    FormatSettings chosen = new FormatSettings(renderers, providers, "<setting>",
        "add <format>%s</format> to <formats>");
    named.forEach((parameter, setting) -> chosen.flag("<" + parameter + ">" + setting.getValue(), setting.getKey(),
        setting.getValue()));
    Set<String> overridden = new HashSet<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        overridden.add(pair.substring(0, eq).strip());
      }
    }
    clinic.forEach((key, value) -> {
      for (RendererProvider provider : providers) {
        String format = provider.format().id();
        if (provider.options().stream().anyMatch(o -> o.matches(key))
            && !overridden.contains(key) && !overridden.contains(format + "." + key)) {
          chosen.set(format + "." + key + "=" + value);
        }
      }
    });
    pairs.forEach(chosen::set);
    return chosen.build();
  }
}
