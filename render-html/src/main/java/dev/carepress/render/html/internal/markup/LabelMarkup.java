package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Person;
import dev.carepress.render.Labels;
import dev.carepress.render.html.internal.Languages;
import dev.carepress.render.html.internal.Urls;
import dev.carepress.render.html.markup.MarkupWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Labels with markup in them: "Medically reviewed by <a>…</a> on <time>…</time>". */
final class LabelMarkup {
  private static final Labels ENGLISH = Labels.forLanguage("en");

  private LabelMarkup() {}

  /**
   * Writes a label whose {@code {0}}, {@code {1}} … are markup written by the given actions. An
   * English fallback label in a right-to-left article is set left to right ({@code <span
   * dir="ltr">}), so "By Maria García" does not come out as "Maria García By".
   */
  static void write(Target target, String key, Runnable... args) {
    boolean ltr = englishInRightToLeft(target, key);
    if (ltr) {
      target.out().start("span").attr("dir", "ltr");
    }
    writeText(target, key, args);
    if (ltr) {
      target.out().end("span");
    }
  }

  /** Whether the label is the English fallback text in an article written right to left. */
  static boolean englishInRightToLeft(Target target, String key) {
    return target.labels().get(key).equals(ENGLISH.get(key))
        && Languages.direction(target.plan().article().language()).equals("rtl");
  }

  private static void writeText(Target target, String key, Runnable... args) {
    MarkupWriter out = target.out();
    String text = target.labels().get(key);
    int from = 0;
    for (int i = 0; i + 2 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && Character.isDigit(text.charAt(i + 1)) && text.charAt(i + 2) == '}') {
        out.text(text.substring(from, i));
        int index = text.charAt(i + 1) - '0';
        if (index < args.length) {
          args[index].run();
        }
        from = i + 3;
        i += 2;
      }
    }
    out.text(text.substring(from));
  }

  /** Writes a date as {@code <time>} in the article's language. */
  static void time(Target target, LocalDate date) {
    target.out().start("time").attr("datetime", date.toString()).text(target.labels().date(date)).end("time");
  }

  /** Stands for the i-th name in the joined list: a private-use character no label contains. */
  private static final char SLOT = '\uE000';

  /**
   * Writes names as a list in the language's way ("A, B and C", "A وB وC"), each linked to the
   * person's page when it has a safe one and each in {@code <bdi>}, so a Latin name cannot reorder
   * an Arabic sentence around it (or the other way round).
   */
  static void people(Target target, List<Person> people) {
    MarkupWriter out = target.out();
    int count = Math.min(people.size(), 6400); // the private-use area's size; no byline is longer
    List<String> slots = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      slots.add(String.valueOf((char) (SLOT + i)));
    }
    String joined = target.labels().joinNames(slots);
    int from = 0;
    for (int i = 0; i < joined.length(); i++) {
      int slot = joined.charAt(i) - SLOT;
      if (slot >= 0 && slot < count) {
        out.text(joined.substring(from, i));
        person(out, people.get(slot), target.labels());
        from = i + 1;
      }
    }
    out.text(joined.substring(from));
  }

  private static void person(MarkupWriter out, Person person, Labels labels) {
    Optional<String> href = person.url().flatMap(Urls::safeLink);
    out.start("bdi");
    if (href.isPresent()) {
      out.start("a").attr("href", href.get()).text(labels.displayName(person)).end("a");
    } else {
      out.text(labels.displayName(person));
    }
    out.end("bdi");
  }
}
