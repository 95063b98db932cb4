package dev.carepress.check.internal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Finding;
import dev.carepress.check.Level;
import dev.carepress.check.Place;
import dev.carepress.model.Article;
import dev.carepress.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** The checks on the article's shape: summary first, headings, section and paragraph length, lists. */
final class StructureChecks {
  /** Below this many words of prose, summary and key points are not required (PEMAT-P: "very short material"). */
  static final int SHORT_MATERIAL_WORDS = 100;
  private static final Set<String> GENERIC_HEADINGS = Set.of(
      "introduction", "overview", "more", "other", "others", "miscellaneous", "misc", "general", "information",
      "info", "details", "section", "untitled", "notes", "text", "content", "more information", "other information",
      "introducción", "información", "otros", "otras", "más", "más información", "varios", "detalles");

  private StructureChecks() {}

  static CheckResult summaryFirst(Analysis a) {
    String title = "Summary and key points first";
    String source = "PEMAT-P item 11 (provides a summary); CDC CCI items 2 and 10 (main message and most important"
        + " information at the top). Carepress renderers put the key points first.";
    Article article = a.article();
    int words = 0;
    for (ProsePart p : a.parts()) {
      words += p.kind() == ProsePart.Kind.KEY_POINTS ? 0 : p.words(); // the body, which key points summarize
    }
    if (words < SHORT_MATERIAL_WORDS) {
      return Results.notApplicable(a, CheckIds.SUMMARY_FIRST, title, Level.REQUIRED, "key points",
          "Very short material (" + words + " words of prose, under " + SHORT_MATERIAL_WORDS + "): no summary needed.",
          source);
    }
    boolean summary = article.metadata().summary().filter(s -> !s.isBlank()).isPresent();
    int keyPoints = article.keyPoints().size();
    List<Finding> findings = new ArrayList<>();
    if (!summary) {
      findings.add(new Finding("No summary: add a one- or two-sentence 'summary' to the front matter",
          Place.metadata("summary")));
    }
    if (keyPoints == 0) {
      findings.add(new Finding("No key points: add 3 to 5 'keyPoints' with the main message first",
          Place.metadata("keyPoints")));
    }
    boolean pass = summary && keyPoints > 0;
    String text = (summary ? "Summary present" : "No summary") + ", " + Results.plural(keyPoints, "key point",
        "key points") + (pass ? " (shown first)" : "");
    return Results.of(a, CheckIds.SUMMARY_FIRST, title, Level.REQUIRED, Results.verdict(pass),
        OptionalDouble.of(keyPoints), OptionalDouble.of(1), "key points", text, source, findings);
  }

  static CheckResult headings(Analysis a) {
    String title = "Sections with informative headings";
    String source = "PEMAT-P items 8-9 (short sections with informative headers); CDC CCI item 9 (chunks with"
        + " headings)";
    List<Finding> findings = new ArrayList<>();
    Article article = a.article();
    List<Section> all = article.allSections().toList();
    for (ProsePart part : a.parts()) {
      if (part.kind() != ProsePart.Kind.SECTION) {
        continue;
      }
      Section section = all.stream().filter(s -> s.id().equals(part.id())).findFirst().orElseThrow();
      if (section.blocks().isEmpty() && section.subsections().isEmpty()) {
        findings.add(new Finding("Empty section: add text under the heading or remove it", a.place(part)));
      }
      String normalized = section.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", "").strip();
      if (GENERIC_HEADINGS.contains(normalized)) {
        findings.add(new Finding("Generic heading \"" + section.title() + "\": say what the section tells the reader",
            a.place(part)));
      }
    }
    int introWords = a.parts().stream().filter(p -> p.kind() == ProsePart.Kind.INTRODUCTION)
        .mapToInt(ProsePart::words).sum();
    if (article.sections().isEmpty() && introWords > a.settings().maxSectionWords()) {
      findings.add(new Finding("No sections: " + introWords + " words under no heading; break the text into"
          + " sections with headings", new Place("introduction", OptionalInt.empty(), "/introduction",
              "Introduction", Optional.empty())));
    }
    if (all.isEmpty() && findings.isEmpty()) {
      return Results.notApplicable(a, CheckIds.HEADINGS, title, Level.REQUIRED, "problems", "No sections, and only "
          + introWords + " words: short enough to stand without headings.", source);
    }
    String text = findings.isEmpty() ? Results.plural(all.size(), "section", "sections") + ", each with a heading"
        + " and content" : Results.plural(findings.size(), "problem", "problems") + " with sections and headings";
    return Results.of(a, CheckIds.HEADINGS, title, Level.REQUIRED, Results.verdict(findings.isEmpty()),
        OptionalDouble.of(findings.size()), OptionalDouble.of(0), "problems", text, source, findings);
  }

  static CheckResult sectionLength(Analysis a) {
    String title = "Section length";
    int max = a.settings().maxSectionWords();
    String source = "PEMAT-P item 8 (information in short sections); " + max + " words is a heuristic limit";
    List<Finding> findings = new ArrayList<>();
    int longest = 0;
    int counted = 0;
    for (ProsePart part : a.parts()) {
      if (part.kind() == ProsePart.Kind.KEY_POINTS) {
        continue;
      }
      counted++;
      int words = part.words();
      longest = Math.max(longest, words);
      if (words > max) {
        findings.add(new Finding(words + " words: split it into shorter sections", a.place(part)));
      }
    }
    if (counted == 0) {
      return Results.notApplicable(a, CheckIds.SECTION_LENGTH, title, Level.ADVISORY, "words", "No sections.", source);
    }
    return Results.of(a, CheckIds.SECTION_LENGTH, title, Level.ADVISORY, Results.verdict(findings.isEmpty()),
        OptionalDouble.of(longest), OptionalDouble.of(max), "words",
        "Longest section " + longest + " words; limit " + max, source, findings);
  }

  static CheckResult paragraphLength(Analysis a) {
    String title = "Paragraph length";
    int max = a.settings().maxParagraphWords();
    String source = "PEMAT-P item 8 (short chunks); " + max + " words (about 7 printed lines) is a heuristic limit";
    List<Finding> findings = new ArrayList<>();
    int longest = 0;
    int counted = 0;
    for (ProsePart part : a.parts()) {
      for (ProseUnit unit : part.units()) {
        if (unit.kind() != ProseUnit.Kind.PARAGRAPH) {
          continue;
        }
        counted++;
        longest = Math.max(longest, unit.words());
        if (unit.words() > max) {
          findings.add(new Finding(unit.words() + " words: split the paragraph", a.place(part, unit,
              Optional.empty())));
        }
      }
    }
    if (counted == 0) {
      return Results.notApplicable(a, CheckIds.PARAGRAPH_LENGTH, title, Level.ADVISORY, "words", "No paragraphs.",
          source);
    }
    return Results.of(a, CheckIds.PARAGRAPH_LENGTH, title, Level.ADVISORY, Results.verdict(findings.isEmpty()),
        OptionalDouble.of(longest), OptionalDouble.of(max), "words",
        "Longest paragraph " + longest + " words; limit " + max, source, findings);
  }

  static CheckResult lists(Analysis a) {
    String title = "Lists";
    int max = a.settings().maxListItems();
    String source = "CDC CCI item 8 (bulleted or numbered lists; no list of more than " + max
        + " items without sub-lists)";
    int lists = 0;
    List<Finding> findings = new ArrayList<>();
    for (ProsePart part : a.parts()) {
      if (part.kind() == ProsePart.Kind.KEY_POINTS) {
        continue; // key points are a list the renderer makes, not one the writer chose in the body
      }
      for (ProsePart.ListInfo list : part.lists()) {
        lists++;
        if (list.items() > max && !list.nested()) {
          findings.add(new Finding("A list of " + list.items() + " items: split it or group the items under"
              + " sub-lists", new Place(part.id(), OptionalInt.empty(), list.path(), Analysis.partLabel(part),
                  Optional.empty())));
        }
      }
    }
    if (lists == 0) {
      findings.add(0, new Finding("No list in the body: put steps, symptoms or options in a list",
          new Place("body", OptionalInt.empty(), "/sections", "Article body", Optional.empty())));
    }
    String text = Results.plural(lists, "list", "lists") + " in the body" + (findings.isEmpty() ? ""
        : lists == 0 ? "; at least 1 needed" : "; " + Results.plural(findings.size(), "list is", "lists are")
            + " longer than " + max + " items");
    return Results.of(a, CheckIds.LISTS, title, Level.ADVISORY, Results.verdict(findings.isEmpty()),
        OptionalDouble.of(lists), OptionalDouble.of(1), "lists", text, source, findings);
  }
}
