package dev.carepress.check.internal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Finding;
import dev.carepress.check.LiteracyReport;
import dev.carepress.check.PartReadability;
import dev.carepress.check.Place;
import dev.carepress.check.Readability;
import dev.carepress.check.Score;
import dev.carepress.read.internal.CanonicalJson;
import java.util.OptionalDouble;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a report as JSON in the shape of {@code dev/carepress/check/literacy-report.schema.json}.
 * Numbers are rounded to 2 decimals (the formulas are computed without rounding).
 */
public final class JsonReportWriter {
  /** Indented like the article JSON and the command's output: {@code "key": value}, one array element a line. */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .defaultPrettyPrinter(CanonicalJson.prettyPrinter())
      .build();

  private JsonReportWriter() {}

  /** The JSON text of the report, ending with a newline. */
  public static String write(LiteracyReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", LiteracyReport.JSON_VERSION);
    ObjectNode article = root.putObject("article");
    article.put("title", report.title());
    article.put("slug", report.slug());
    article.put("language", report.language());
    root.put("checkedOn", report.checkedOn().toString());
    root.put("passed", report.passed());
    readability(root.putObject("readability"), report.readability());
    ArrayNode parts = root.putArray("parts");
    for (PartReadability p : report.parts()) {
      ObjectNode node = parts.addObject();
      node.put("id", p.id());
      node.put("title", p.title());
      node.put("depth", p.depth());
      readability(node.putObject("readability"), p.readability());
    }
    ArrayNode checks = root.putArray("checks");
    for (CheckResult c : report.checks()) {
      ObjectNode node = checks.addObject();
      node.put("id", c.id());
      node.put("title", c.title());
      node.put("level", c.level().id());
      node.put("verdict", c.verdict().id());
      number(node, "measured", c.measured());
      number(node, "threshold", c.threshold());
      node.put("unit", c.unit());
      node.put("summary", c.summary());
      node.put("source", c.source());
      ArrayNode findings = node.putArray("findings");
      for (Finding f : c.findings()) {
        ObjectNode fn = findings.addObject();
        fn.put("message", f.message());
        place(fn.putObject("place"), f.place());
      }
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static void readability(ObjectNode node, Readability r) {
    node.put("language", r.language());
    node.put("available", r.available());
    if (r.note().isPresent()) {
      node.put("note", r.note().get());
    } else {
      node.putNull("note");
    }
    ObjectNode counts = node.putObject("counts");
    counts.put("sentences", r.counts().sentences());
    counts.put("words", r.counts().words());
    counts.put("syllables", r.counts().syllables());
    counts.put("polysyllables", r.counts().polysyllables());
    counts.put("longestSentence", r.counts().longestSentence());
    ArrayNode scores = node.putArray("scores");
    for (Score s : r.scores()) {
      ObjectNode sn = scores.addObject();
      sn.put("formula", s.formula().id());
      sn.put("name", s.formula().displayName());
      number(sn, "value", s.value());
      sn.put("interpretation", s.interpretation());
    }
  }

  private static void place(ObjectNode node, Place p) {
    node.put("part", p.part());
    if (p.paragraph().isPresent()) {
      node.put("paragraph", p.paragraph().getAsInt());
    } else {
      node.putNull("paragraph");
    }
    node.put("path", p.path());
    node.put("label", p.label());
    if (p.sentence().isPresent()) {
      node.put("sentence", p.sentence().get());
    } else {
      node.putNull("sentence");
    }
  }

  private static void number(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      double rounded = Math.round(value.getAsDouble() * 100) / 100.0;
      if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
        node.put(name, (long) rounded);
      } else {
        node.put(name, rounded);
      }
    } else {
      node.putNull(name);
    }
  }
}
