package dev.carepress.read.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Decoding a file's bytes and testing its lines. */
class SourceTextTest {
  @Test
  void aReplacementCharacterWrittenInTheFileIsKept() {
    Diagnostics diagnostics = new Diagnostics("a.md");
    Optional<SourceText> text = SourceText.decode("a \uFFFD b\r\nc".getBytes(StandardCharsets.UTF_8), diagnostics);
    assertThat(text).map(SourceText::text).contains("a \uFFFD b\nc");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void bytesThatAreNotUtf8AreReportedWhereTheyAre() {
    Diagnostics diagnostics = new Diagnostics("a.md");
    byte[] bytes = {'a', '\n', 'b', (byte) 0xE9, 'c'};
    assertThat(SourceText.decode(bytes, diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("not-utf8");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(2);
    });
  }

  @Property(tries = 500)
  void aStrippedLineIsTestedAsStripGivesIt(@ForAll("lines") String text) {
    SourceText source = SourceText.of(text);
    for (int line = 1; line <= source.lineCount() + 1; line++) {
      for (String expected : new String[] {"---", "...", "+++", ""}) {
        assertThat(source.strippedLineIs(line, expected)).as("%s line %d", text, line)
            .isEqualTo(source.line(line).strip().equals(expected));
      }
    }
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.strings().withChars("-.+ \t\n\u2003\u00A0\u2028x").ofMaxLength(14);
  }
}
