package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table with more columns than a handout's page has room for gets its longest words cut inside
 * ("Recom / mend / ed"); the writer is told, once per table, which word and where.
 */
class WideTableTest {
  private static final PdfRenderer RENDERER = PdfRenderer.builder().build();

  private static Article withTable(int columns, String word) {
    List<String> head = new ArrayList<>();
    List<String> row = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      head.add(c == columns - 1 ? "Notes" : (c + 1) + " months");
      row.add(c == columns - 1 ? word : "1st dose");
    }
    return Article.builder()
        .title("Vaccine schedule")
        .section("Schedule", Table.of(TableRow.of(head.toArray(String[]::new)),
            List.of(TableRow.of(row.toArray(String[]::new)), TableRow.of(row.toArray(String[]::new)))))
        .build();
  }

  @Test
  void aTableTooWideForThePageSaysWhichWordIsBrokenOnce() {
    Pdfs.Rendered pdf = Pdfs.render(RENDERER, withTable(14, "Recommended"));

    assertThat(pdf.warnings()).filteredOn(p -> p.code().equals("table-too-wide")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("a table of 14 columns", "section \"Schedule\"", "'Recommended'"))
        .satisfies(p -> assertThat(p.hint()).contains("fewer columns"));
  }

  @Test
  void aTableWhoseWordsFitGivesNoWarning() {
    Pdfs.Rendered pdf = Pdfs.render(RENDERER, withTable(4, "Recommended"));

    assertThat(pdf.warnings()).extracting(Problem::code).doesNotContain("table-too-wide");
  }
}
