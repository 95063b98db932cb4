package dev.carepress.read.internal.codec;

import java.util.Objects;

/**
 * How one component of a model record appears in JSON: under which key, or in which other form.
 * Each codec lists one property per component of its record, in the order written.
 *
 * @param component the record component's name
 * @param key the JSON key ({@link Form#KEY}), else empty
 * @param form how the component is written
 * @param bodyOnly for an article's keys: made from the Markdown body, so JSON may set it and front
 *     matter may not
 */
public record Property(String component, String key, Form form, boolean bodyOnly) {
  /** The forms a component takes. */
  public enum Form {
    /** A property of the object under {@link Property#key()}. */
    KEY,
    /** The component's own properties, written into this object (an article's metadata). */
    FLATTENED,
    /** The value itself is a JSON array of the component's elements (a table row's cells). */
    ELEMENTS,
    /** The name of a property of the enclosing object (a glossary entry's term). */
    ENTRY_NAME,
    /** The value of that property (a glossary entry's definition). */
    ENTRY_VALUE,
    /** Not part of the JSON (where an article was read from). */
    NOT_WRITTEN
  }

  public Property {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(form, "form");
  }

  /** The component under a key of the same name. */
  public static Property key(String component) {
    return new Property(component, component, Form.KEY, false);
  }

  /** The component under a key of another name. */
  public static Property key(String component, String key) {
    return new Property(component, key, Form.KEY, false);
  }

  /** An article's key made from the Markdown body. */
  public static Property body(String component) {
    return new Property(component, component, Form.KEY, true);
  }

  /** The component in another form than a key. */
  public static Property as(Form form, String component) {
    if (form == Form.KEY) {
      throw new IllegalArgumentException("a key needs its name: use key()");
    }
    return new Property(component, "", form, false);
  }
}
