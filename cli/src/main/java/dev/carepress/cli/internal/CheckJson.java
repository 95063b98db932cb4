package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.batch.CheckBatchResult;
import dev.carepress.batch.CheckedInput;
import dev.carepress.check.LiteracyReport;
import dev.carepress.text.JsonWriter;
import java.util.List;
import java.util.Optional;

/**
 * {@code carepress check --json}: every article with its problems and health-literacy report, the
 * book, and the counts. Every character outside ASCII is escaped, so the output is the same in any
 * locale.
 */
final class CheckJson {
  private CheckJson() {}

  /** The JSON text of the result. */
  static String write(CheckBatchResult result) {
    JsonWriter json = JsonWriter.create(JsonWriter.Escaping.ASCII).beginObject();
    json.name("version").value(1).name("articles").beginArray();
    for (CheckedInput input : result.inputs()) {
      if (!input.isBook()) {
        article(json, input, result.problems().problems(input.file()));
      }
    }
    json.endArray();
    Optional<CheckedInput> book = result.inputs().stream().filter(CheckedInput::isBook).findFirst();
    book.ifPresent(b -> {
      List<Problem> problems = result.problems().problems(b.file());
      json.name("book").beginObject()
          .name("file").value(b.file())
          .name("valid").value(problems.stream().noneMatch(Problem::isError));
      problems(json, problems);
      json.endObject();
    });
    json.name("summary").beginObject()
        .name("articles").value(result.articles())
        .name("passed").value(result.passed())
        .name("fellShort").value(result.fellShort())
        .name("invalid").value(result.invalid())
        .name("errors").value(result.problems().errors())
        .name("warnings").value(result.problems().warnings())
        .endObject();
    return json.endObject().finish();
  }

  private static void article(JsonWriter json, CheckedInput input, List<Problem> problems) {
    boolean valid = problems.stream().noneMatch(Problem::isError);
    json.beginObject().name("file").value(input.file());
    input.article().ifPresent(a -> json.name("slug").value(a.slug()).name("title").value(a.title()));
    json.name("valid").value(valid)
        .name("passed").value(valid && input.report().map(LiteracyReport::passed).orElse(true));
    problems(json, problems);
    input.report().ifPresent(r -> json.name("literacy").rawValue(r.toJson()));
    json.endObject();
  }

  /** The problems as {@code "problems": [{severity, code, file, line, column, message, hint}]}. */
  private static void problems(JsonWriter json, List<Problem> problems) {
    json.name("problems").beginArray();
    for (Problem p : problems) {
      json.beginObject()
          .name("severity").value(p.severity().label())
          .name("code").value(p.code())
          .name("file").value(p.source())
          .name("line").value(p.line())
          .name("column").value(p.column())
          .name("message").value(p.message())
          .name("hint").value(p.hint())
          .endObject();
    }
    json.endArray();
  }
}
