package dev.carepress.preview.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium, driven over the DevTools protocol from Java (the JDK's WebSocket
 * client, no npm package). When Chromium is missing the browser tests are skipped with a message,
 * unless {@code -Dcarepress.requireBrowser=true} (the ci profile): then they fail.
 */
public final class Chromium implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  /** Skips (or, when required, fails) the calling test if there is no Chromium. */
  public static void assumeAvailable() {
    String chromium = executable();
    if (!new File(chromium).canExecute()) {
      String message = "browser test cannot run: no Chromium at " + chromium + " (install Debian's chromium, or set"
          + " CHROMIUM_PATH; -Dcarepress.requireBrowser=true makes this a failure)";
      if (Boolean.getBoolean("carepress.requireBrowser")) {
        fail(message);
      }
      Assumptions.abort(message);
    }
  }

  static String executable() {
    String path = System.getenv("CHROMIUM_PATH");
    return path == null || path.isBlank() ? "/usr/bin/chromium" : path;
  }

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Starts a headless Chromium with a fresh profile and connects to it. */
  public static Chromium launch() throws IOException {
    Path profile = Files.createTempDirectory("carepress-chromium");
    Process process = new ProcessBuilder(executable(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile,
        "--window-size=1280,900", "about:blank").redirectErrorStream(true).start();
    String address = null;
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long end = System.nanoTime() + TIMEOUT.toNanos();
    StringBuilder seen = new StringBuilder();
    for (String line; address == null && System.nanoTime() < end && (line = out.readLine()) != null; ) {
      seen.append(line).append('\n');
      int at = line.indexOf("ws://");
      if (line.startsWith("DevTools listening on") && at >= 0) {
        address = line.substring(at).strip();
      }
    }
    if (address == null) {
      process.destroyForcibly();
      throw new IOException("Chromium did not start its DevTools server:\n" + seen);
    }
    Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "chromium-output");
    drain.setDaemon(true);
    drain.start();
    Chromium[] self = new Chromium[1];
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(URI.create(address), new WebSocket.Listener() {
          private final StringBuilder message = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
              String text = message.toString();
              message.setLength(0);
              while (self[0] == null) {
                Thread.onSpinWait();
              }
              self[0].receive(text);
            }
            ws.request(1);
            return null;
          }
        }).join();
    self[0] = new Chromium(process, profile, socket);
    return self[0];
  }

  private void receive(String text) {
    JsonNode message = JSON.readTree(text);
    if (message.has("id")) {
      CompletableFuture<JsonNode> waiting = pending.remove(message.get("id").asInt());
      if (waiting != null) {
        waiting.complete(message);
      }
    } else {
      events.add(message);
    }
  }

  /** Sends a command (to a page's session, or to the browser when {@code session} is null) and waits for its result. */
  JsonNode send(String session, String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    ObjectNode command = JSON.createObjectNode();
    command.put("id", id);
    command.put("method", method);
    command.set("params", JSON.valueToTree(params));
    if (session != null) {
      command.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(command.toString(), true).join();
    JsonNode message;
    try {
      message = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(method + " got no answer: " + e, e);
    }
    if (message.has("error")) {
      throw new AssertionError(method + " failed: " + message.get("error"));
    }
    return message.get("result");
  }

  /** A new tab. */
  public Page newPage() {
    String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asString();
    String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .get("sessionId").asString();
    Page page = new Page(session);
    send(session, "Page.enable", Map.of());
    send(session, "Runtime.enable", Map.of());
    send(session, "Network.enable", Map.of());
    return page;
  }

  /** One tab. */
  public final class Page {
    private final String session;

    Page(String session) {
      this.session = session;
    }

    /** Runs the script in every document this tab loads, before the page's own (not subject to its policy). */
    public void onEveryLoad(String source) {
      send(session, "Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    /** Opens the address and waits until the page has loaded. */
    public void open(URI url) {
      events.clear();
      send(session, "Page.navigate", Map.of("url", url.toString()));
      waitFor("document.readyState === 'complete' && location.href === " + JSON.valueToTree(url.toString()));
    }

    /** Runs the expression in the page and returns its value. */
    public JsonNode eval(String expression) {
      JsonNode result = send(session, "Runtime.evaluate",
          Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
      if (result.has("exceptionDetails")) {
        throw new AssertionError("the page threw: " + result.get("exceptionDetails"));
      }
      return result.get("result").get("value");
    }

    /** Waits until the page has loaded and the expression is true in it (across reloads). */
    public void waitFor(String expression) {
      long end = System.nanoTime() + TIMEOUT.toNanos();
      String last = "";
      while (System.nanoTime() < end) {
        try {
          JsonNode value = eval("(() => { try { return document.readyState === 'complete' && !!(" + expression
              + "); } catch (e) { return false; } })()");
          if (value != null && value.asBoolean()) {
            return;
          }
        } catch (AssertionError e) {
          last = e.getMessage(); // the page was reloading
        }
        sleep(100);
      }
      throw new AssertionError("the page never showed " + expression + " in " + TIMEOUT.toSeconds() + " s " + last);
    }

    /** The events of this tab since it last opened an address. */
    public List<JsonNode> events(Predicate<JsonNode> wanted) {
      List<JsonNode> out = new ArrayList<>();
      for (JsonNode e : events) {
        if (e.path("sessionId").asString().equals(session) && wanted.test(e)) {
          out.add(e);
        }
      }
      return out;
    }

    /** A PNG of the viewport, {@code width} CSS pixels wide. */
    public byte[] screenshot(int width, int height) {
      send(session, "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
      sleep(300);
      String data = send(session, "Page.captureScreenshot", Map.of("format", "png")).get("data").asString();
      return Base64.getDecoder().decode(data);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      send(null, "Browser.close", Map.of());
    } catch (AssertionError | RuntimeException e) {
      // it may be gone already
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    socket.abort();
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a profile file still held: it is in the temporary folder
    }
  }
}
