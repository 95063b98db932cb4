package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.batch.FormatSettings;
import dev.carepress.read.ClinicDetails;
import dev.carepress.read.ClinicReader;
import dev.carepress.read.ReadResult;
import dev.carepress.render.RendererProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --clinic clinic.yaml}: the clinic's details as the settings {@code clinicName}, {@code
 * clinicPhone} and so on of every rendered format that has them. A {@code --set} of the same key
 * (for every format or for one) wins over the file; a key no rendered format has is left out, since
 * the file is the same whatever is rendered.
 */
final class ClinicSettings {
  private ClinicSettings() {}

  /**
   * Reads the clinic file; its problems are printed, and an error ends the command.
   *
   * @throws UsageException if there is no such file
   * @throws FailureException if the file has an error (after printing every problem)
   */
  static ClinicDetails read(Path file, Console console) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("--clinic " + file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
    }
    ReadResult<ClinicDetails> result = ClinicReader.parse(file);
    for (Problem problem : result.problems()) {
      console.err().println(ProblemPrinter.format(problem, console.color()));
    }
    console.err().flush();
    return result.value().orElseThrow(() -> new FailureException("--clinic " + file + ": fix the clinic file"));
  }

  /** Adds the details to the settings, but not where {@code pairs} (the {@code --set} ones) name the key. */
  static void apply(ClinicDetails clinic, List<String> pairs, List<RendererProvider> selected,
      FormatSettings chosen) {
    Set<String> overridden = overridden(pairs);
    for (Map.Entry<String, String> setting : clinic.settings().entrySet()) {
      String key = setting.getKey();
      for (RendererProvider provider : selected) {
        String format = provider.format().id();
        boolean knows = provider.options().stream().anyMatch(o -> o.matches(key));
        if (knows && !overridden.contains(key) && !overridden.contains(format + "." + key)) {
          chosen.set(format + "." + key + "=" + setting.getValue());
        }
      }
    }
  }

  /** The keys the pairs set: {@code KEY} for every format, {@code FORMAT.KEY} for one. */
  private static Set<String> overridden(List<String> pairs) {
    Set<String> keys = new HashSet<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        keys.add(pair.substring(0, eq).strip());
      }
    }
    return keys;
  }
}
