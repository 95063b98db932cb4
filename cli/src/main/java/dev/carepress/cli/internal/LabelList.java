package dev.carepress.cli.internal;

import dev.carepress.render.Labels;
import dev.carepress.text.JsonWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code carepress formats --labels[=LANG]}: every label key and its text in a language. */
final class LabelList {
  private LabelList() {}

  static void print(PrintWriter out, String languageTag, boolean json) {
    if (Locale.forLanguageTag(languageTag).getLanguage().isEmpty()) {
      throw new UsageException("--labels " + languageTag + ": give a language tag such as en, es, zh-Hant or sw");
    }
    Labels labels = Labels.forLanguage(languageTag);
    List<String> keys = Labels.keys();
    if (json) {
      json(out, languageTag, labels, keys);
      return;
    }
    String name = Locale.forLanguageTag(languageTag).getDisplayName(Locale.ENGLISH);
    out.println("Labels in " + name + " (" + languageTag + ")"
        + (labels.isTranslated() ? "" : ": Carepress has no translation, so these are the English texts")
        + ". Replace one with --set labels.KEY=TEXT; {0} and {1} are what the label is filled with.");
    int width = keys.stream().mapToInt(String::length).max().orElse(0);
    for (String key : keys) {
      out.println("  " + key + " ".repeat(width - key.length() + 2) + labels.get(key));
    }
  }

  private static void json(PrintWriter out, String languageTag, Labels labels, List<String> keys) {
    JsonWriter json = JsonWriter.create(JsonWriter.Escaping.ASCII).beginObject()
        .name("language").value(languageTag)
        .name("translated").value(labels.isTranslated())
        .name("labels").beginObject();
    for (String key : keys) {
      json.name(key).value(labels.get(key));
    }
    out.println(json.endObject().endObject().finish());
  }
}
