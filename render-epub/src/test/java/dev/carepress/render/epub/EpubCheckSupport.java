package dev.carepress.render.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs EPUBCheck (the W3C's official validator) in this JVM. Its schemas are compiled on the first
 * check (a few seconds) and reused after that.
 */
final class EpubCheckSupport {
  private EpubCheckSupport() {}

  /** What EPUBCheck said about one EPUB. */
  record Result(List<String> errors, List<String> usage) {
    /** Errors, fatals and warnings, each as {@code SEVERITY ID path:line:col message}. */
    @Override
    public List<String> errors() {
      return errors;
    }
  }

  /** Checks the EPUB and returns every fatal error, error and warning (and, separately, usage notes). */
  static synchronized Result check(byte[] epub, String name) {
    Collector report = new Collector();
    report.setReportingLevel(ReportingLevel.Usage);
    new EpubCheck(new ByteArrayInputStream(epub), report, name).check();
    return new Result(List.copyOf(report.problems), List.copyOf(report.usage));
  }

  private static final class Collector extends MasterReport {
    final List<String> problems = new ArrayList<>();
    final List<String> usage = new ArrayList<>();

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
      Severity severity = message.getSeverity();
      String text = severity + " " + message.getID() + " " + location.getPath() + ":" + location.getLine() + ":"
          + location.getColumn() + " " + message.getMessage(args);
      switch (severity) {
        case FATAL: case ERROR: case WARNING: problems.add(text); break;
        case USAGE: case INFO: usage.add(text); break;
        default: break;
      }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {}

    @Override
    public int generate() {
      return 0;
    }

    @Override
    public void initialize() {}
  }
}
