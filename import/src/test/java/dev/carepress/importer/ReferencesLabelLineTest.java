package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Reference;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * WebMD's sources box repeats its heading as its first line: {@code <h3>Sources</h3><p>SOURCES:</p>
 * <p>Mayo Clinic: "Migraine."</p>…}. The label line became a reference titled "SOURCES:".
 */
class ReferencesLabelLineTest {
  @Test
  void aLineThatOnlyRepeatsTheHeadingIsNotAReference() {
    String html = "<html lang=\"en\"><head><title>Migraine</title></head><body><article><h1>Migraine</h1>"
        + "<p>A migraine is a headache that can cause severe throbbing pain, usually on one side of the head.</p>"
        + "<div class=\"sources\"><h3>Sources</h3><p>SOURCES:</p><p>Mayo Clinic: \"Migraine.\"</p>"
        + "<p>American Migraine Foundation: \"Understanding Migraine,\" 2021.</p></div></article></body></html>";
    ImportResult result = HtmlArticleImporter.builder().build().importHtml(html, "migraine.html", Optional.empty());
    assertThat(result.orThrow().references()).extracting(Reference::title)
        .containsExactly("Mayo Clinic: \"Migraine.\"", "American Migraine Foundation: \"Understanding Migraine,\" 2021");
  }
}
