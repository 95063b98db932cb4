package dev.carepress.preview.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The Server-Sent Events streams of open pages. Each page opens one, saying which path it shows and
 * the version it was served with; the stream sends {@code reload} as soon as a published snapshot
 * has another version for that path — never before, since the snapshot is swapped in before the
 * streams are told — and then ends. Streams hold no thread while they wait.
 */
final class EventStreams {
  private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
  private final int max;
  private final Supplier<Snapshot> current;
  private volatile boolean closed;

  /** One open page. */
  private static final class Stream {
    final HttpExchange exchange;
    final String path;
    final String version;
    final AtomicBoolean done = new AtomicBoolean();

    Stream(HttpExchange exchange, String path, String version) {
      this.exchange = exchange;
      this.path = path;
      this.version = version;
    }
  }

  EventStreams(int max, Supplier<Snapshot> current) {
    this.max = max;
    this.current = current;
  }

  /** How many streams are open. */
  int size() {
    return streams.size();
  }

  /**
   * Opens a stream for the page, or answers 503 when too many are open.
   *
   * @param path the page's path in the site
   * @param version the version the page was served with
   */
  void open(HttpExchange exchange, String path, String version) throws IOException {
    boolean head = Responses.isHead(exchange);
    Stream stream = new Stream(exchange, path, version);
    // the stream takes its place before the page hears 200 (a page that opened one and at once asks
    // for another must find the first counted), and no reload or ping is written to it before its
    // headers: they wait for the stream's lock
    synchronized (stream) {
      if (!reserve(stream, head)) {
        exchange.getResponseHeaders().set("Retry-After", "5");
        Responses.text(exchange, 503, "too many open preview pages (" + max + "); close some tabs");
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      Responses.common(exchange.getResponseHeaders());
      if (head) {
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
        return;
      }
      boolean started = false;
      try {
        exchange.sendResponseHeaders(200, 0);
        started = send(stream, "retry: 1000\n\n");
      } finally {
        if (!started) {
          end(stream);
        }
      }
      if (!started) {
        return;
      }
    }
    check(stream, current.get()); // a snapshot may have been published while the page loaded
    if (closed) {
      end(stream);
    }
  }

  // Counts the stream in, unless the streams are closed or full: the test and the count as one step,
  // so that pages opening at once never pass the limit together. A HEAD request is only tested.
  private synchronized boolean reserve(Stream stream, boolean head) {
    if (closed || streams.size() >= max) {
      return false;
    }
    if (!head) {
      streams.add(stream);
    }
    return true;
  }

  /** Tells every page whose version this snapshot changes to reload. */
  void published(Snapshot snapshot) {
    for (Stream stream : streams) {
      check(stream, snapshot);
    }
  }

  /** A comment on every stream, so that closed pages are noticed and dropped. */
  void heartbeat() {
    for (Stream stream : streams) {
      write(stream, ": ping\n\n");
    }
  }

  /** Ends every stream; pages keep retrying until a server answers again. */
  void close() {
    closed = true;
    for (Stream stream : streams) {
      end(stream);
    }
  }

  private void check(Stream stream, Snapshot snapshot) {
    String now = snapshot.version(stream.path);
    if (!now.equals(stream.version) && stream.done.compareAndSet(false, true)) {
      streams.remove(stream);
      synchronized (stream) {
        send(stream, "event: reload\ndata: " + now + "\n\n");
        stream.exchange.close();
      }
    }
  }

  private boolean write(Stream stream, String text) {
    synchronized (stream) {
      if (stream.done.get()) {
        return false;
      }
      if (!send(stream, text)) {
        end(stream);
        return false;
      }
      return true;
    }
  }

  private static boolean send(Stream stream, String text) {
    try {
      OutputStream out = stream.exchange.getResponseBody();
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void end(Stream stream) {
    stream.done.set(true);
    streams.remove(stream);
    synchronized (stream) {
      stream.exchange.close();
    }
  }
}
