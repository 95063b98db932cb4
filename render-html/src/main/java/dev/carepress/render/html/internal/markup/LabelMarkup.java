package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Person;
import dev.carepress.render.html.internal.Urls;
import dev.carepress.render.html.markup.MarkupWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Labels with markup in them: "Medically reviewed by <a>…</a> on <time>…</time>". */
final class LabelMarkup {
  private LabelMarkup() {}

  /** Writes a label whose {@code {0}}, {@code {1}} … are markup written by the given actions. */
  static void write(Target target, String key, Runnable... args) {
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

  /** Writes names as a list ("A, B and C"), each linked to the person's page when it has a safe one. */
  static void people(Target target, List<Person> people) {
    MarkupWriter out = target.out();
    for (int i = 0; i < people.size(); i++) {
      if (i > 0) {
        out.text(i == people.size() - 1 ? " " + target.labels().get("and") + " " : ", ");
      }
      Person person = people.get(i);
      Optional<String> href = person.url().flatMap(Urls::safeLink);
      if (href.isPresent()) {
        out.start("a").attr("href", href.get()).text(person.displayName()).end("a");
      } else {
        out.text(person.displayName());
      }
    }
  }
}
