package dev.carepress.preview;

import dev.carepress.check.LiteracyChecks;
import dev.carepress.preview.internal.Engine;
import dev.carepress.preview.internal.HttpFront;
import dev.carepress.render.Renderers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A live preview of a folder of articles, served on this computer: the HTML site the folder
 * renders to, kept in memory and rebuilt when a file is saved (only what changed is read again);
 * open pages reload themselves once the new version is ready. An article's problems are shown on
 * its page, with file, line and column; its reading level and a link to its literacy report, PDF
 * handout and EPUB are in a bar at the foot of the page, and those files are made on request from
 * the current text ({@code asthma.pdf?pageSize=LETTER&largePrint=true}).
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.builder().folder(Path.of("articles")).port(8000).build().start()) {
 *   System.out.println("Open " + server.url());
 *   server.awaitClosed(); // until close() is called, from another thread or a shutdown hook
 * }
 * }</pre>
 *
 * <p><b>Safe by default.</b> It binds 127.0.0.1 unless told otherwise; it answers only requests
 * whose {@code Host} is the address it is reached by (so a web page cannot use DNS rebinding to
 * read it), only {@code GET} and {@code HEAD}, without a body; it serves nothing from the disk but
 * what the renderers make of the folder's articles, whose images are read only from inside the
 * folder. Published pages have no script; the served copies add one, allowed by a nonce made for
 * each response. The JDK server's own limits are JVM-wide system properties, read when it is first
 * used: unless already set, {@code start()} sets {@code jdk.httpserver.maxConnections=200},
 * {@code sun.net.httpserver.maxReqTime=10} (seconds to send a request) and {@code
 * sun.net.httpserver.maxReqHeaderSize=32768}.
 *
 * <p><b>Lifecycle.</b> {@link #start()} once; {@link #close()} stops the server and the watcher,
 * ends every thread they started and may be called any number of times, from any thread.
 */
public final class PreviewServer implements AutoCloseable {
  private final Engine.Config engineConfig;
  private final InetAddress bind;
  private final int requestedPort;
  private final int threads;
  private final List<String> hosts;
  private final CountDownLatch closedLatch = new CountDownLatch(1);
  private Engine engine;
  private HttpFront front;
  private boolean started;
  private boolean closed;

  private PreviewServer(Builder b) {
    this.engineConfig = new Engine.Config(b.folder, b.book, b.title, b.renderers, b.checks, b.listener, b.maxPages,
        b.quiet, b.longest);
    this.bind = b.bind;
    this.requestedPort = b.port;
    this.threads = b.threads;
    this.hosts = List.copyOf(b.hosts);
  }

  /** A builder; only the folder is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the folder, renders the site, starts watching and starts answering.
   *
   * @return this server
   * @throws IOException if the folder cannot be read or the address cannot be bound (the port is
   *     taken: the message says so)
   * @throws IllegalStateException if the server was started before
   */
  public synchronized PreviewServer start() throws IOException {
    if (started) {
      throw new IllegalStateException("a PreviewServer starts once; build another to start again");
    }
    started = true;
    Engine made = new Engine(engineConfig);
    try {
      made.start();
      front = new HttpFront(new InetSocketAddress(bind, requestedPort), threads, hosts, made.router());
    } catch (IOException | RuntimeException e) {
      made.close();
      if (e instanceof java.net.BindException) {
        throw new java.net.BindException("cannot listen on " + bind.getHostAddress() + " port " + requestedPort
            + ": " + e.getMessage() + " (another program may be using it; choose another port, or 0 for any free one)");
      }
      throw e;
    }
    engine = made;
    return this;
  }

  /** The port answered on (the one chosen when the builder said 0). */
  public int port() {
    return started().address().getPort();
  }

  /** The address answered on. */
  public InetSocketAddress address() {
    return started().address();
  }

  /** The address of the site's front page, {@code http://127.0.0.1:8000/}. */
  public URI url() {
    InetAddress address = bind.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bind;
    String host = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** The folder previewed. */
  public Path folder() {
    return engineConfig.folder();
  }

  /** Whether the server is answering: started and not closed. */
  public synchronized boolean isRunning() {
    return started && !closed && front != null;
  }

  /** Waits until the server is closed. */
  public void awaitClosed() throws InterruptedException {
    closedLatch.await();
  }

  /**
   * Stops answering, stops watching, ends every open page's event stream (pages keep retrying
   * until a server answers again) and waits for the threads to end. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (front != null) {
        front.close();
      }
    } finally {
      if (engine != null) {
        engine.close();
      }
      closedLatch.countDown();
    }
  }

  private synchronized HttpFront started() {
    if (closed || front == null) {
      throw new IllegalStateException(closed ? "the server is closed" : "the server is not started");
    }
    return front;
  }

  /** Builds a {@link PreviewServer}. */
  public static final class Builder {
    private Path folder;
    private Optional<Path> book = Optional.empty();
    private int port;
    private InetAddress bind;
    private Optional<String> title = Optional.empty();
    private Renderers renderers;
    private LiteracyChecks checks = LiteracyChecks.create();
    private Consumer<PreviewEvent> listener = e -> {};
    private final List<String> hosts = new ArrayList<>();
    private int threads = 16;
    private int maxPages = 64;
    private Duration quiet = Duration.ofMillis(50);
    private Duration longest = Duration.ofMillis(300);

    private Builder() {
      try {
        bind = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
      } catch (UnknownHostException e) {
        throw new UncheckedIOException(e); // a literal is never looked up
      }
    }

    /** The folder of articles (searched with its subfolders). Required. */
    public Builder folder(Path folder) {
      this.folder = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /**
     * The book whose PDF and EPUB are offered, and whose title the site takes; it must be inside
     * the folder. Default: the folder's {@code book.yaml}, if there is one.
     */
    public Builder book(Path book) {
      this.book = Optional.of(book);
      return this;
    }

    /** The port; 0 (the default) takes any free one, which {@link #port()} then tells. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The address to listen on. Default 127.0.0.1: only this computer can connect. Another address
     * lets other computers on the network read the articles while the server runs.
     */
    public Builder bind(InetAddress address) {
      this.bind = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * The site's title when there is no book. Default "Health articles" (in the articles' language when
     * they share one), as {@code carepress render}.
     */
    public Builder title(String title) {
      this.title = Optional.of(title);
      return this;
    }

    /** The renderers; default {@link Renderers#discover()}. An HTML renderer is required. */
    public Builder renderers(Renderers renderers) {
      this.renderers = Objects.requireNonNull(renderers, "renderers");
      return this;
    }

    /** The health-literacy checks of the reading level and the reports. Default {@link LiteracyChecks#create()}. */
    public Builder literacyChecks(LiteracyChecks checks) {
      this.checks = Objects.requireNonNull(checks, "checks");
      return this;
    }

    /**
     * Called on the preview's own thread after each build, with what happened; keep it short.
     * Default: nothing.
     */
    public Builder listener(Consumer<PreviewEvent> listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Another name the server is reached by, such as a name for this machine on the network, to
     * answer requests whose {@code Host} is that name (with the port). By default only the bound
     * address (and {@code localhost} for 127.0.0.1) is answered.
     */
    public Builder allowHost(String name) {
      if (!name.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]")) {
        throw new IllegalArgumentException("not a host name or bracketed IPv6 address: " + name);
      }
      hosts.add(name);
      return this;
    }

    /** How many requests are answered at once (others wait). Default 16. */
    public Builder threads(int threads) {
      this.threads = positive(threads, "threads");
      return this;
    }

    /** How many pages may be open at once (each holds an event stream). Default 64. */
    public Builder maxOpenPages(int pages) {
      this.maxPages = positive(pages, "maxOpenPages");
      return this;
    }

    /**
     * How long the folder must be quiet before a burst of saves is rebuilt, and the longest a
     * rebuild waits for quiet. Default 50 ms and 300 ms.
     */
    public Builder debounce(Duration quiet, Duration longest) {
      if (quiet.isNegative() || longest.compareTo(quiet) < 0) {
        throw new IllegalArgumentException("want 0 <= quiet <= longest, not " + quiet + " and " + longest);
      }
      this.quiet = quiet;
      this.longest = longest;
      return this;
    }

    /**
     * The server, not started.
     *
     * @throws IllegalArgumentException if the folder is missing, or the book is not inside it
     */
    public PreviewServer build() {
      if (folder == null) {
        throw new IllegalArgumentException("a PreviewServer needs a folder: builder().folder(Path.of(\"articles\"))");
      }
      if (!Files.isDirectory(folder)) {
        throw new IllegalArgumentException(folder + ": " + (Files.exists(folder) ? "not a folder" : "no such folder"));
      }
      Path root = folder.toAbsolutePath().normalize();
      if (book.isEmpty() && Files.isRegularFile(root.resolve("book.yaml"))) {
        book = Optional.of(root.resolve("book.yaml"));
      }
      if (book.isPresent() && !book.get().toAbsolutePath().normalize().startsWith(root)) {
        throw new IllegalArgumentException("the book " + book.get() + " is not inside the folder " + folder
            + "; serve the folder that holds both");
      }
      if (renderers == null) {
        renderers = Renderers.discover();
      }
      return new PreviewServer(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be 1 or more, not " + value);
      }
      return value;
    }
  }
}
