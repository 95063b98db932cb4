package dev.carepress.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The parts of reading an article ({@link ReadParts}) timed in CPU time of the measuring thread
 * (ThreadMXBean), which a busy shared machine disturbs far less than wall time. Rounds of every part
 * in turn, each round every article once; the first half of the rounds warms up; the median and
 * the lowest round of the second half are printed per part, in microseconds per article.
 *
 * <p>Given the jars (or class paths) of builds, it times each of them in the same run: every one in
 * a class loader of its own (with this build's {@link ReadParts} defined in it), the rounds of all
 * of them interleaved, so that a before and an after see the same load of the machine:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.carepress.benchmarks.ReadCpuTime [--rounds N] [--dir DIR] [JAR...]
 * java -cp benchmarks/target/benchmarks.jar dev.carepress.benchmarks.ReadCpuTime OLD/benchmarks.jar \
 *     benchmarks/target/benchmarks.jar
 * }</pre>
 *
 * DIR is a folder of articles from {@code gen_corpus.py} (default {@code
 * benchmarks/corpus/100x600}, made if missing); N the measured rounds (default 30). Without a JAR
 * it times the readers on its own class path.
 */
public final class ReadCpuTime {
  private ReadCpuTime() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws Exception {
    int rounds = 30;
    Path folder = null;
    List<String> jars = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--dir" -> folder = Path.of(args[++i]);
        default -> jars.add(args[i]);
      }
    }
    if (folder == null) {
      folder = Corpus.folder(100, 600);
    }
    Map<String, Map<String, IntFunction<Object>>> builds = new LinkedHashMap<>();
    int size = 0;
    if (jars.isEmpty()) {
      ReadParts parts = new ReadParts(folder);
      size = parts.size();
      builds.put("this build", parts.operations());
    }
    for (String jar : jars) {
      Object parts = isolated(jar).getConstructor(Path.class).newInstance(folder);
      size = (int) parts.getClass().getMethod("size").invoke(parts);
      @SuppressWarnings("unchecked")
      Map<String, IntFunction<Object>> ops =
          (Map<String, IntFunction<Object>>) parts.getClass().getMethod("operations").invoke(parts);
      builds.put(jar, ops);
    }
    Map<String, double[]> times = measure(builds, size, rounds);
    System.out.printf(Locale.ROOT, "%d articles from %s, %d rounds after %d to warm up; CPU time of one thread per"
        + " article, load average %.1f%n", size, folder, rounds, rounds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (Map.Entry<String, double[]> entry : times.entrySet()) {
      double[] sorted = entry.getValue().clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "  %-70s median %7.1f us   lowest %7.1f us%n", entry.getKey(),
          sorted[sorted.length / 2], sorted[0]);
    }
  }

  /** Every part of every build, round after round in turn; the times of the measured rounds by "build: part". */
  private static Map<String, double[]> measure(Map<String, Map<String, IntFunction<Object>>> builds, int size,
      int rounds) {
    Map<String, double[]> times = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, IntFunction<Object>>> build : builds.entrySet()) {
      build.getValue().keySet().forEach(part -> times.put(label(build.getKey(), part), new double[rounds]));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = -rounds; round < rounds; round++) {
      for (Map.Entry<String, Map<String, IntFunction<Object>>> build : builds.entrySet()) {
        for (Map.Entry<String, IntFunction<Object>> part : build.getValue().entrySet()) {
          long start = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < size; i++) {
            sink += System.identityHashCode(part.getValue().apply(i));
          }
          if (round >= 0) {
            times.get(label(build.getKey(), part.getKey()))[round] =
                (threads.getCurrentThreadCpuTime() - start) / 1e3 / size;
          }
        }
      }
    }
    if (sink == 42) {
      System.out.println(); // keeps the results alive
    }
    return times;
  }

  private static String label(String build, String part) {
    return build.equals("this build") ? part : build + ": " + part;
  }

  /** {@link ReadParts} as defined in a class loader of its own over the class path (and the JDK only). */
  private static Class<?> isolated(String classPath) throws ReflectiveOperationException {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        throw new IllegalArgumentException(path + " does not exist");
      }
      urls.add(url(path));
    }
    return Class.forName(ReadParts.class.getName(), true, new Isolated(urls));
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Loads the jar's classes, but {@link ReadParts} (and its nested classes) from this build. */
  private static final class Isolated extends URLClassLoader {
    private static final String PARTS = ReadParts.class.getName();

    Isolated(List<URL> classPath) {
      super(classPath.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (!name.equals(PARTS) && !name.startsWith(PARTS + "$")) {
        return super.findClass(name);
      }
      try (InputStream in = ReadCpuTime.class.getClassLoader()
          .getResourceAsStream(name.replace('.', '/') + ".class")) {
        if (in == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
