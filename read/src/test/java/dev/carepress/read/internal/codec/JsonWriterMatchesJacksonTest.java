package dev.carepress.read.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.text.JsonWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Article JSON was written with Jackson's generator and is now written with core's {@link
 * JsonWriter}; the bytes must not change. Jackson, set up as the article writer had it, is the
 * oracle: the same strings escaped the same way, the same values laid out the same way.
 */
class JsonWriterMatchesJacksonTest {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  /** The pretty printer the article writer used: two spaces, "key": value, {} and [] when empty. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  @Property(tries = 3000)
  void standardEscapingOfAStringIsJacksons(@ForAll("strings") String text) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeString(text);
    }
    assertThat(JsonWriter.quote(text, JsonWriter.Escaping.STANDARD)).isEqualTo(out.toString());
  }

  @Property(tries = 500)
  void theLayoutOfNestedValuesIsJacksonsPrettyPrinter(@ForAll("values") Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(pretty(), out)) {
      jackson(value, g);
    }
    JsonWriter writer = JsonWriter.create();
    ours(value, writer);
    assertThat(writer.finish()).isEqualTo(out.toString());
  }

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40), // any char: controls, lone surrogates, non-characters
        Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars("\"\\/\u007f ").ofMaxLength(20),
        Arbitraries.strings().withChars("aé€\u2028\u2029\ud83d\ude00\ud800\udfff\ufeff\ufffe<>&'").ofMaxLength(20));
  }

  @Provide
  Arbitrary<Object> values() {
    return value(4);
  }

  private Arbitrary<Object> value(int depth) {
    Arbitrary<Object> scalar = Arbitraries.oneOf(
        strings().map(s -> (Object) s),
        Arbitraries.longs().map(n -> (Object) n),
        Arbitraries.of(true, false).map(b -> (Object) b));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(3).map(l -> (Object) l);
    Arbitrary<Object> map = Arbitraries.maps(strings(), value(depth - 1)).ofMaxSize(3)
        .map(m -> (Object) new LinkedHashMap<>(m));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalar), net.jqwik.api.Tuple.of(1, list), net.jqwik.api.Tuple.of(1, map));
  }

  private static ObjectWriteContext pretty() {
    return new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return PRETTY.createInstance();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }

  private static void jackson(Object value, JsonGenerator g) {
    if (value instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        g.writeName((String) entry.getKey());
        jackson(entry.getValue(), g);
      }
      g.writeEndObject();
    } else if (value instanceof List) {
      g.writeStartArray();
      for (Object element : (List<?>) value) {
        jackson(element, g);
      }
      g.writeEndArray();
    } else if (value instanceof String) {
      g.writeString((String) value);
    } else if (value instanceof Long) {
      g.writeNumber((Long) value);
    } else {
      g.writeBoolean((Boolean) value);
    }
  }

  private static void ours(Object value, JsonWriter w) {
    if (value instanceof Map) {
      w.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        w.name((String) entry.getKey());
        ours(entry.getValue(), w);
      }
      w.endObject();
    } else if (value instanceof List) {
      w.beginArray();
      for (Object element : (List<?>) value) {
        ours(element, w);
      }
      w.endArray();
    } else if (value instanceof String) {
      w.value((String) value);
    } else if (value instanceof Long) {
      w.value((long) (Long) value);
    } else {
      w.value((boolean) (Boolean) value);
    }
  }
}
