package dev.carepress.read.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;

/** A plain scalar gets the tag the YAML engine's resolver gives it, with or without trying its patterns. */
class ScalarTagsTest {
  private static final JsonScalarResolver ENGINE = new JsonScalarResolver();

  @Test
  void everyFirstCharacterIsTypedAsTheEngineTypesIt() {
    for (char first = 0; first < 0x3000; first++) {
      for (String rest : new String[] {"", "1", "rue", "alse", "ull", "{x}", ".5", "e3", "inf"}) {
        String plain = first + rest;
        assertThat(ScalarTags.of(plain)).as(plain).isEqualTo(ENGINE.resolve(plain, true));
      }
    }
    assertThat(ScalarTags.of("")).isEqualTo(ENGINE.resolve("", true));
  }

  @Property(tries = 2000)
  void scalarsAreTypedAsTheEngineTypesThem(@ForAll("scalars") String plain) {
    assertThat(ScalarTags.of(plain)).isEqualTo(ENGINE.resolve(plain, true));
  }

  @Provide
  Arbitrary<String> scalars() {
    return Arbitraries.strings().withChars("0123456789-+.eEtrufalsn$x{} ").ofMaxLength(8);
  }
}
