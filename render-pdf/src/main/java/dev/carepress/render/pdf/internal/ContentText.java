package dev.carepress.render.pdf.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;

/**
 * The text a value's {@code toString()} gives, written into one builder: for the model's records,
 * lists and optionals the same characters as their own {@code toString()}, without the nested
 * intermediate strings those make (a record's string holds its components' strings, each made in
 * full first), which took a tenth of a handout's time. Used for the document id, which hashes the
 * article's content. Thread-safe: the accessors are looked up once per record class.
 */
final class ContentText {
  private static final ClassValue<Accessors> ACCESSORS = new ClassValue<>() {
    @Override
    protected Accessors computeValue(Class<?> type) {
      return new Accessors(type);
    }
  };

  private ContentText() {}

  /** Appends what {@code String.valueOf(value)} would give. */
  static StringBuilder append(StringBuilder out, Object value) {
    if (value instanceof Record && !overridesToString(value.getClass())) {
      Accessors accessors = ACCESSORS.get(value.getClass());
      out.append(accessors.name).append('[');
      for (int i = 0; i < accessors.methods.length; i++) {
        if (i > 0) {
          out.append(", ");
        }
        out.append(accessors.labels[i]);
        append(out, accessors.get(i, value));
      }
      return out.append(']');
    }
    if (value instanceof Collection && isPlainCollection(value)) {
      out.append('[');
      boolean first = true;
      for (Object item : (Collection<?>) value) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        append(out, item == value ? "(this Collection)" : item);
      }
      return out.append(']');
    }
    if (value instanceof Optional) {
      Optional<?> optional = (Optional<?>) value;
      if (optional.isEmpty()) {
        return out.append("Optional.empty");
      }
      return append(out.append("Optional["), optional.get()).append(']');
    }
    return out.append(value);
  }

  private static boolean overridesToString(Class<?> type) {
    return ACCESSORS.get(type).customToString;
  }

  /** Lists and sets whose {@code toString()} is {@code AbstractCollection}'s ("[a, b]"). */
  private static boolean isPlainCollection(Object value) {
    return ACCESSORS.get(value.getClass()).collectionToString;
  }

  private static final class Accessors {
    final String name;
    final Method[] methods;
    final String[] labels;
    final boolean customToString;
    final boolean collectionToString;

    Accessors(Class<?> type) {
      this.name = type.getSimpleName();
      boolean custom = false;
      boolean collection = false;
      try {
        Method toString = type.getMethod("toString");
        Class<?> owner = toString.getDeclaringClass();
        custom = type.isRecord() && owner != Record.class;
        collection = owner.getName().startsWith("java.util.");
      } catch (NoSuchMethodException e) {
        custom = true;
      }
      RecordComponent[] components = type.isRecord() && !custom ? type.getRecordComponents() : new RecordComponent[0];
      Method[] accessors = new Method[components.length];
      this.labels = new String[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        labels[i] = components[i].getName() + "=";
        if (!accessors[i].trySetAccessible()) {
          custom = true; // not readable from here: its own toString() does
          accessors = new Method[0];
          break;
        }
      }
      this.methods = accessors;
      this.customToString = custom;
      this.collectionToString = collection;
    }

    Object get(int i, Object record) {
      try {
        return methods[i].invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + methods[i], e);
      }
    }
  }
}
