package dev.carepress.read.internal.codec;

import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import dev.carepress.text.JsonWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The codec of one kind of block or inline: a JSON object whose {@code "type"} names the kind
 * ({@code "paragraph"}, {@code "link"} …) before the kind's own properties.
 *
 * @param <T> the model type
 */
public abstract class TypedCodec<T> extends Codec<T> {
  private final String typeName;
  private final List<String> keys;

  protected TypedCodec(Class<T> type, String typeName, String schema, Property... properties) {
    super(type, schema, properties);
    this.typeName = typeName;
    List<String> all = new ArrayList<>();
    all.add("type");
    all.addAll(super.keys());
    this.keys = List.copyOf(all);
  }

  /** The value of {@code "type"}. */
  public final String typeName() {
    return typeName;
  }

  /** {@code "type"} and the kind's own keys. */
  @Override
  public final List<String> keys() {
    return keys;
  }

  /**
   * Reads an object already known to have this type; null when it is not valid (reported).
   *
   * @param depth how deep the object is in the body, to stop hostile nesting
   */
  public abstract T read(TreeNode node, TreeReading in, int depth);

  @Override
  public final void write(T value, JsonWriter out) {
    out.beginObject().name("type").value(typeName);
    writeProperties(value, out);
    out.endObject();
  }

  /** Writes the kind's own properties. */
  protected abstract void writeProperties(T value, JsonWriter out);
}
