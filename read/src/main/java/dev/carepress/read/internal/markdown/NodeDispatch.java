package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table from Flexmark node classes to handlers: a node gets the handler of its class or of its
 * nearest superclass in the table, else the fallback (what a chain of {@code instanceof} tests
 * gives, as long as no class in the table extends another). Immutable once built.
 *
 * @param <H> the handler type
 */
final class NodeDispatch<H> {
  private final Map<Class<?>, H> handlers;
  private final H fallback;
  private final ClassValue<H> byClass = new ClassValue<>() {
    @Override
    protected H computeValue(Class<?> type) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        H handler = handlers.get(c);
        if (handler != null) {
          return handler;
        }
      }
      return fallback;
    }
  };

  private NodeDispatch(Map<Class<?>, H> handlers, H fallback) {
    this.handlers = Map.copyOf(handlers);
    this.fallback = fallback;
  }

  /** A table being filled. */
  static <H> Builder<H> builder() {
    return new Builder<>();
  }

  /** The handler of the node. */
  H find(Node node) {
    return byClass.get(node.getClass());
  }

  /** Fills a {@link NodeDispatch}. */
  static final class Builder<H> {
    private final Map<Class<?>, H> handlers = new LinkedHashMap<>();

    private Builder() {}

    /** The handler of nodes of the class (and of its subclasses not in the table). */
    Builder<H> on(Class<? extends Node> type, H handler) {
      for (Class<?> known : handlers.keySet()) {
        if (known.isAssignableFrom(type) || type.isAssignableFrom(known)) {
          throw new IllegalArgumentException(type + " and " + known + " overlap: the order would matter");
        }
      }
      handlers.put(type, handler);
      return this;
    }

    /** The table, with the handler of every other node. */
    NodeDispatch<H> otherwise(H fallback) {
      return new NodeDispatch<>(handlers, fallback);
    }
  }
}
