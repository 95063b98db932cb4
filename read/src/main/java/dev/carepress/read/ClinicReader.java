package dev.carepress.read;

import dev.carepress.read.internal.ClinicParsing;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the small YAML file a clinic keeps with its details for the handouts it gives out:
 *
 * <pre>{@code
 * name: Riverside Family Practice
 * phone: 01632 960 123
 * address: 1 River Street, Riverton RT1 2AB
 * web: https://riverside.example
 * logo: riverside-logo.png   # relative to this file
 * callUs: Call us if your breathing gets worse.
 * }</pre>
 *
 * <p>Every key is optional; an unknown key (the closest known one is suggested), a list or map where
 * text belongs, or a logo that names no file is an error at its line and column.
 *
 * <pre>{@code
 * ClinicDetails clinic = ClinicReader.read(Path.of("clinic.yaml"));
 * }</pre>
 */
public final class ClinicReader {
  private ClinicReader() {}

  /**
   * Parses the clinic file, collecting every problem.
   *
   * @throws IOException if the file cannot be read
   */
  public static ReadResult<ClinicDetails> parse(Path file) throws IOException {
    return ClinicParsing.parse(file);
  }

  /**
   * Reads the clinic file.
   *
   * @throws dev.carepress.ContentException listing every problem, if there was an error
   * @throws IOException if the file cannot be read
   */
  public static ClinicDetails read(Path file) throws IOException {
    return parse(file).orThrow();
  }
}
