package dev.carepress.preview.internal;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side: the JDK's own server ({@code com.sun.net.httpserver}) with a bounded pool of
 * threads, every request through {@link RequestGuard} first. The JDK server keeps idle and
 * streaming connections on one selector thread, so open pages cost no thread while they wait.
 */
public final class HttpFront implements AutoCloseable {
  /** The JVM-wide limits of the JDK server, set when not set already (see {@link #limitTheJdkServer}). */
  static final int MAX_CONNECTIONS = 200;
  static final int MAX_REQUEST_SECONDS = 10;
  static final int MAX_HEADER_BYTES = 32 * 1024;

  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final Set<String> hosts;

  /**
   * Binds the address and starts answering.
   *
   * @param threads how many requests are answered at once; more wait in a queue
   * @param extraHosts more {@code Host} names to answer to (with this port), besides the address's own
   * @throws IOException if the address cannot be bound (the port is taken, say)
   */
  public HttpFront(InetSocketAddress address, int threads, List<String> extraHosts, HttpHandler router)
      throws IOException {
    limitTheJdkServer();
    server = HttpServer.create(address, 64);
    int port = server.getAddress().getPort();
    hosts = hosts(address.getAddress(), port, extraHosts);
    AtomicInteger n = new AtomicInteger();
    pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512), r -> {
      Thread t = new Thread(r, "carepress-preview-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    HttpContext context = server.createContext("/", router);
    context.getFilters().add(new RequestGuard(hosts));
    server.start();
  }

  /** The address and port bound. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The {@code Host} values answered. */
  public Set<String> hosts() {
    return hosts;
  }

  /** Stops answering, closes every connection and ends the threads; waits for them. */
  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The JDK server reads its limits from system properties once, when it is first used in the JVM:
   * at most {@value #MAX_CONNECTIONS} connections, {@value #MAX_REQUEST_SECONDS} s to send a
   * request's headers (a client trickling them byte by byte is cut off) and {@value
   * #MAX_HEADER_BYTES} bytes of headers. A value already set (by the user, with {@code -D}) is kept.
   */
  static void limitTheJdkServer() {
    setIfAbsent("jdk.httpserver.maxConnections", MAX_CONNECTIONS);
    setIfAbsent("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
    setIfAbsent("sun.net.httpserver.maxReqHeaderSize", MAX_HEADER_BYTES);
    setIfAbsent("sun.net.httpserver.maxReqHeaders", 100);
  }

  private static void setIfAbsent(String key, int value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, Integer.toString(value));
    }
  }

  /**
   * The {@code Host} values a browser sends to reach this address: the address itself, and
   * {@code localhost} for a loopback one; for the wildcard address, every address of this machine.
   */
  static Set<String> hosts(InetAddress bound, int port, List<String> extra) {
    Set<String> names = new TreeSet<>();
    if (bound.isAnyLocalAddress()) {
      try {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          for (InetAddress a : Collections.list(nic.getInetAddresses())) {
            names.addAll(literals(a));
          }
        }
      } catch (SocketException e) {
        // no interfaces to list: loopback below still works
      }
      names.add("127.0.0.1");
      names.add("[::1]");
      names.add("localhost");
    } else {
      names.addAll(literals(bound));
      if (bound.isLoopbackAddress()) {
        names.add("localhost");
      }
    }
    names.addAll(extra);
    Set<String> hosts = new TreeSet<>();
    for (String name : names) {
      String host = name.toLowerCase(Locale.ROOT);
      hosts.add(host + ":" + port);
      if (port == 80) {
        hosts.add(host);
      }
    }
    return Collections.unmodifiableSet(hosts);
  }

  // How a browser writes the address in Host: IPv6 in brackets, in its short form (and the long one).
  private static List<String> literals(InetAddress address) {
    String text = address.getHostAddress();
    int zone = text.indexOf('%');
    if (zone >= 0) {
      text = text.substring(0, zone); // browsers send no zone id in Host
    }
    if (!(address instanceof Inet6Address)) {
      return List.of(text);
    }
    return List.of("[" + text + "]", "[" + shortForm(text) + "]");
  }

  /** An IPv6 address with its longest run of zero groups as {@code ::} and no leading zeros (RFC 5952). */
  static String shortForm(String full) {
    String[] groups = full.split(":");
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < groups.length; i++) {
      groups[i] = groups[i].replaceFirst("^0+(?=.)", "");
      int j = i;
      while (j < groups.length && groups[j].replaceFirst("^0+(?=.)", "").equals("0")) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
    }
    if (bestStart < 0) {
      return String.join(":", groups);
    }
    String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
    String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
    return head + "::" + tail;
  }
}
