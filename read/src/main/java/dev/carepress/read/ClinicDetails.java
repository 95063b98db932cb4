package dev.carepress.read;

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
   * {@code clinicCallUs}; only those given, in that order.
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
}
