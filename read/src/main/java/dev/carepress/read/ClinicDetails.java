package dev.carepress.read;

import dev.carepress.render.RendererProvider;
import dev.carepress.render.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A clinic's own details, as read from the small YAML file it keeps ({@link ClinicReader}): its
 * name, phone number, address, web site, logo (a PNG or JPEG file) and a short "Call us if…" text.
 * Every detail is optional; the texts are stripped and never blank.
 *
 * @param name the clinic's name
 * @param phone its phone number, as written
 * @param address its address on one line
 * @param web its web site
 * @param logo its logo file, resolved against the YAML file's folder
 * @param callUs when to call, in the clinic's words
 */
public record ClinicDetails(
    Optional<String> name, Optional<String> phone, Optional<String> address, Optional<String> web,
    Optional<Path> logo, Optional<String> callUs) {

  /** Checks that no detail is null or blank. */
  public ClinicDetails {
    Objects.requireNonNull(logo, "logo");
    for (Optional<String> text : java.util.List.of(name, phone, address, web, callUs)) {
      Objects.requireNonNull(text, "a detail is null");
      if (text.filter(String::isBlank).isPresent()) {
        throw new IllegalArgumentException("a clinic detail must not be blank");
      }
    }
  }

  /**
   * The details as renderer settings, by the keys the renderers share: {@code clinicName}, {@code
   * clinicPhone}, {@code clinicAddress}, {@code clinicWeb}, {@code clinicLogo} (the file's path) and
   * {@code clinicCallUs}; only those given, in that order. Not every format has every key (HTML shows
   * no logo, EPUB no logo or "call us" text), so to make a renderer use {@link #settingsFor}.
   */
  public Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    name.ifPresent(v -> settings.put("clinicName", v));
    phone.ifPresent(v -> settings.put("clinicPhone", v));
    address.ifPresent(v -> settings.put("clinicAddress", v));
    web.ifPresent(v -> settings.put("clinicWeb", v));
    logo.ifPresent(v -> settings.put("clinicLogo", v.toString()));
    callUs.ifPresent(v -> settings.put("clinicCallUs", v));
    return settings;
  }

  /**
   * The details as settings of one format: only the keys its renderer has, so that
   * {@code renderers.require("html", clinic.settingsFor(renderers.requireProvider("html")))} works for
   * a clinic with a logo (with {@link #settings()} it was "unknown setting 'clinicLogo' for format
   * 'html'"), as {@code carepress render --clinic} gives each format what it shows.
   *
   * @param provider the format's provider
   */
  public Settings settingsFor(RendererProvider provider) {
    Objects.requireNonNull(provider, "provider");
    Map<String, String> known = new LinkedHashMap<>();
    settings().forEach((key, value) -> {
      if (provider.options().stream().anyMatch(option -> option.matches(key))) {
        known.put(key, value);
      }
    });
    return Settings.of(known);
  }
}
