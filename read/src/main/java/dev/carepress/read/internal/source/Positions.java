package dev.carepress.read.internal.source;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where the model objects a reader made came from, by identity (records are compared by value, and
 * two equal links in different places must keep their own positions).
 */
public final class Positions {
  /** No positions: for articles made in code. */
  public static final Positions NONE = new Positions();

  private final Map<Object, Pos> map = new IdentityHashMap<>();

  public <T> T at(T object, Pos pos) {
    if (this != NONE && pos.line() > 0) {
      map.putIfAbsent(object, pos);
    }
    return object;
  }

  public Pos of(Object object) {
    return map.getOrDefault(object, Pos.UNKNOWN);
  }

  /** The position of the object, else the fallback's. */
  public Pos of(Object object, Pos fallback) {
    Pos pos = map.get(object);
    return pos == null ? fallback : pos;
  }
}
