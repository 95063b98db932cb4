package dev.carepress.render.pdf.internal;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The slowest one-time start-up work of a render, done when a renderer is made instead of in its
 * first render: a batch makes its renderers while its articles are still being read, so a
 * one-handout run does this beside the reading rather than after it, on the critical path. Each
 * step is a class's static initializer, which the first render would run anyway, so nothing is
 * done twice and it happens once per JVM however many renderers are made.
 */
public final class Preload {
  private Preload() {}

  /** Initializes the classes whose first use is slow. */
  public static void classes() {
    // PDFBox's PDDocument initializes Java 2D's colour classes in its static initializer (it loads
    // the AWT native library and the toolkit's resources, and starts commons-logging): 20 to 50 ms
    // of a cold start
    initialize(PDDocument.class);
    // the output intent's sRGB profile, made and compressed
    initialize(CatalogWriter.class);
  }

  private static void initialize(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e); // cannot happen: the class is loaded already
    }
  }
}
