package dev.carepress.render.epub.internal;

import dev.carepress.render.SettingsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The text forms of the EPUB renderer's settings that need more than a number or a flag. */
public final class SettingRules {
  /** How a modification time is written, for messages and listings. */
  public static final String MODIFIED_FORM = "a UTC time such as 2025-03-01T12:00:00Z or a date such as 2025-03-01";

  private SettingRules() {}

  /**
   * The modification time in its text form: empty for none (the articles' dates), a UTC time, or
   * a date (midnight UTC); {@code null} when it is neither, so the option names what it wants.
   */
  public static Optional<Instant> modified(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The text of the CSS file named by a setting.
   *
   * @throws SettingsException naming the setting and the file when it cannot be read
   */
  public static String cssFile(String key, String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      throw new SettingsException(
          "setting '" + key + "': cannot read the CSS file '" + file + "' (" + e.getMessage() + ")");
    }
  }
}
