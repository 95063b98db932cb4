package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Inline;
import dev.carepress.model.PlainText;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cell spanning rows keeps every later cell of those rows under its own heading. */
class TableSpansTest {

  private static List<List<String>> rows(String tableHtml) {
    String html = "<html lang=\"en\"><body><main><h1>Paracetamol doses for children</h1><p>Give the right dose for your"
        + " child's age, and no more than 4 doses in 24 hours. Ask a pharmacist if you are not sure.</p>" + tableHtml
        + "</main></body></html>";
    ImportResult result = HtmlArticleImporter.builder().build().importHtml(html, "doses.html", Optional.empty());
    Table table = (Table) result.orThrow().introduction().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
    return table.rows().stream().map(r -> r.cells().stream().map(TableCell::content).map(TableSpansTest::text).toList())
        .toList();
  }

  private static String text(List<Inline> inlines) {
    return PlainText.of(inlines);
  }

  @Test
  void aCellSpanningRowsIsRepeatedInEachSoTheDosesStayInTheirColumn() {
    List<List<String>> rows = rows("<table><thead><tr><th>Age</th><th>Form</th><th>Dose</th></tr></thead><tbody>"
        + "<tr><td rowspan=\"2\">3 to 6 months</td><td>Liquid</td><td>2.5 ml</td></tr>"
        + "<tr><td>Suppository</td><td>60 mg</td></tr>"
        + "<tr><td>6 to 24 months</td><td>Liquid</td><td rowspan=\"3\">5 ml</td></tr>"
        + "<tr><td>2 to 4 years</td><td>Liquid</td></tr>"
        + "<tr><td>4 to 6 years</td></tr></tbody></table>");

    assertThat(rows).containsExactly(
        List.of("3 to 6 months", "Liquid", "2.5 ml"),
        List.of("3 to 6 months", "Suppository", "60 mg"),
        List.of("6 to 24 months", "Liquid", "5 ml"),
        List.of("2 to 4 years", "Liquid", "5 ml"),
        List.of("4 to 6 years", "", "5 ml"));
  }

  @Test
  void aCellSpanningRowsAndColumnsLeavesTheSpannedColumnsEmptyInEachRow() {
    List<List<String>> rows = rows("<table><tr><th>A</th><th>B</th><th>C</th></tr>"
        + "<tr><td rowspan=\"2\" colspan=\"2\">both</td><td>c1</td></tr><tr><td>c2</td></tr>"
        + "<tr><td rowspan=\"x\">a3</td><td rowspan=\"0\">b3</td><td>c3</td></tr></table>");

    assertThat(rows).containsExactly(List.of("both", "", "c1"), List.of("both", "", "c2"), List.of("a3", "b3", "c3"));
  }
}
