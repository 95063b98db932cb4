package dev.carepress.read.internal.codec;

import dev.carepress.text.JsonWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The JSON form of one model type, stated once: its properties (key per record component, in the
 * order written), where {@code article.schema.json} describes it, and how a value is written. Each
 * codec also reads the type from a {@link dev.carepress.read.internal.tree.TreeNode}, with a method
 * of the shape that type needs (a list item knows its depth, a person the key it came under).
 * Codecs are stateless; per-call state lives in the {@link
 * dev.carepress.read.internal.tree.TreeReading} passed to them.
 *
 * @param <T> the model type
 */
public abstract class Codec<T> {
  private final Class<T> type;
  private final String schema;
  private final List<Property> properties;
  private final List<String> keys;

  protected Codec(Class<T> type, String schema, Property... properties) {
    this.type = type;
    this.schema = schema;
    this.properties = List.of(properties);
    this.keys = this.properties.stream().filter(p -> p.form() == Property.Form.KEY).map(Property::key).toList();
  }

  /** The model type. */
  public final Class<T> type() {
    return type;
  }

  /** The JSON pointer of the type's description in {@code article.schema.json}. */
  public final String schema() {
    return schema;
  }

  /** One property per record component, in the order written. */
  public final List<Property> properties() {
    return properties;
  }

  /** The keys a JSON object of this type may have, in the order written. */
  public List<String> keys() {
    return keys;
  }

  /** Writes the value (a whole JSON value, or for a glossary entry one property). */
  public abstract void write(T value, JsonWriter out);

  /** Writes the key and the text, if there is one. */
  protected static void optional(JsonWriter out, String key, Optional<String> value) {
    if (value.isPresent()) {
      out.name(key).value(value.get());
    }
  }

  /** Writes the key and an array of the values, unless there are none. */
  protected static <E> void array(JsonWriter out, String key, List<E> values, BiConsumer<E, JsonWriter> element) {
    if (values.isEmpty()) {
      return;
    }
    out.name(key).beginArray();
    for (E value : values) {
      element.accept(value, out);
    }
    out.endArray();
  }
}
