package dev.carepress.read.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Slugs;
import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Hand-written loops that replaced regular expressions in the hot paths give what the expressions gave. */
class RegexFreeTextTest {
  @Property(tries = 1000)
  void collapseBlanksIsReplaceAllOfRunsOfBlanks(@ForAll("text") String text) {
    assertThat(Sectioner.collapseBlanks(text)).isEqualTo(text.replaceAll("\\s+", " "));
  }

  @Property(tries = 1000)
  void slugsOfAsciiSkipOnlyWhatDoesNothing(@ForAll("text") String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    assertThat(Slugs.slugify(text)).isEqualTo(Slugs.slugify(plain));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withChars(" \t\n\u000b\f\r\u001c\u00a0\u2028aZ1-'’éé\u0301ﬁ.").ofMaxLength(20);
  }
}
