package dev.carepress.check.internal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Finding;
import dev.carepress.check.LiteracyReport;
import dev.carepress.check.PartReadability;
import dev.carepress.check.Place;
import dev.carepress.check.Readability;
import dev.carepress.check.Score;
import dev.carepress.text.JsonWriter;
import java.util.OptionalDouble;

/**
 * Writes a report as JSON in the shape of {@code dev/carepress/check/literacy-report.schema.json}.
 * Numbers are rounded to 2 decimals (the formulas are computed without rounding).
 */
public final class JsonReportWriter {
  private JsonReportWriter() {}

  /** The JSON text of the report, ending with a newline. */
  public static String write(LiteracyReport report) {
    JsonWriter w = JsonWriter.create();
    w.beginObject();
    w.name("version").value(LiteracyReport.JSON_VERSION);
    w.name("article").beginObject()
        .name("title").value(report.title())
        .name("slug").value(report.slug())
        .name("language").value(report.language())
        .endObject();
    w.name("checkedOn").value(report.checkedOn().toString());
    w.name("passed").value(report.passed());
    w.name("readability");
    readability(w, report.readability());
    w.name("parts").beginArray();
    for (PartReadability p : report.parts()) {
      w.beginObject()
          .name("id").value(p.id())
          .name("title").value(p.title())
          .name("depth").value(p.depth())
          .name("readability");
      readability(w, p.readability());
      w.endObject();
    }
    w.endArray();
    w.name("checks").beginArray();
    for (CheckResult c : report.checks()) {
      w.beginObject()
          .name("id").value(c.id())
          .name("title").value(c.title())
          .name("level").value(c.level().id())
          .name("verdict").value(c.verdict().id());
      number(w, "measured", c.measured());
      number(w, "threshold", c.threshold());
      w.name("unit").value(c.unit())
          .name("summary").value(c.summary())
          .name("source").value(c.source());
      w.name("findings").beginArray();
      for (Finding f : c.findings()) {
        w.beginObject().name("message").value(f.message()).name("place");
        place(w, f.place());
        w.endObject();
      }
      w.endArray().endObject();
    }
    w.endArray().endObject();
    return w.finish() + "\n";
  }

  private static void readability(JsonWriter w, Readability r) {
    w.beginObject()
        .name("language").value(r.language())
        .name("available").value(r.available())
        .name("note").value(r.note().orElse(null));
    w.name("counts").beginObject()
        .name("sentences").value(r.counts().sentences())
        .name("words").value(r.counts().words())
        .name("syllables").value(r.counts().syllables())
        .name("polysyllables").value(r.counts().polysyllables())
        .name("longestSentence").value(r.counts().longestSentence())
        .endObject();
    w.name("scores").beginArray();
    for (Score s : r.scores()) {
      w.beginObject()
          .name("formula").value(s.formula().id())
          .name("name").value(s.formula().displayName());
      number(w, "value", s.value());
      w.name("interpretation").value(s.interpretation()).endObject();
    }
    w.endArray().endObject();
  }

  private static void place(JsonWriter w, Place p) {
    w.beginObject().name("part").value(p.part()).name("paragraph");
    if (p.paragraph().isPresent()) {
      w.value(p.paragraph().getAsInt());
    } else {
      w.nullValue();
    }
    w.name("path").value(p.path())
        .name("label").value(p.label())
        .name("sentence").value(p.sentence().orElse(null))
        .endObject();
  }

  private static void number(JsonWriter w, String name, OptionalDouble value) {
    w.name(name);
    if (value.isPresent()) {
      double rounded = Math.round(value.getAsDouble() * 100) / 100.0;
      if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
        w.value((long) rounded);
      } else {
        w.value(rounded);
      }
    } else {
      w.nullValue();
    }
  }
}
