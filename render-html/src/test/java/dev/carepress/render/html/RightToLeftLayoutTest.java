package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Right-to-left pages mirror in a real browser, not only in their {@code dir} attribute: headless
 * Chromium lays out the Arabic and Hebrew sample pages and the boxes (and, for the key-points bar,
 * the pixels of the screenshot) are on the side a reader of the language expects. The English page
 * is measured the same way and must come out the other way round, so the checks can fail.
 * Screenshots are left in {@code target/html-samples/shots} to look at.
 */
class RightToLeftLayoutTest {
  private static final String[] SELECTORS = {".cp-breadcrumb", ".cp-breadcrumb li", ".cp-key-points",
      ".cp-article table", ".cp-article th", ".cp-article figure", ".cp-article figure img", "#how ol",
      "#how ol > li", ".cp-noteref", "text:p:has(> .cp-noteref)", ".cp-backref", "text:.cp-footnotes li p"};

  @Test
  void arabicPageMirrorsBreadcrumbKeyPointsListsTableFigureAndFootnotes() throws Exception {
    Layout page = layout("rtl/ghasl-al-yadayn.html", "arabic.png");
    assertMirrored(page, true);
    Box ol = page.first("#how ol");
    for (Box item : page.all("#how ol > li")) { // numbered items indented from the right
      assertThat(item.right).isLessThan(ol.right - 10);
      assertThat(item.left).isCloseTo(ol.left, within(2.0));
    }
    List<Box> th = page.all(".cp-article th");
    assertThat(th.get(0).left).as("first column on the right").isGreaterThan(th.get(1).right - 1);
    assertThat(th.get(1).left).isGreaterThan(th.get(2).right - 1);
    Box figure = page.first(".cp-article figure");
    Box image = page.first(".cp-article figure img");
    assertThat(image.right).as("figure starts on the right").isCloseTo(figure.right, within(2.0));
    Box noteref = page.first(".cp-noteref");
    Box sentence = page.first("text:p:has(> .cp-noteref)");
    assertThat(noteref.left).as("note mark at the end of the sentence: its left").isCloseTo(sentence.left, within(2.0));
    assertThat(noteref.right).isLessThan(sentence.right - 50);
    Box backref = page.first(".cp-backref");
    Box note = page.first("text:.cp-footnotes li p");
    assertThat(backref.left).as("back link at the end of the note: its left").isCloseTo(note.left, within(2.0));
  }

  @Test
  void hebrewPageMirrorsToo() throws Exception {
    assertMirrored(layout("rtl/shtifat-yadayim.html", "hebrew.png"), true);
  }

  @Test
  void englishPageIsMeasuredTheOtherWayRound() throws Exception {
    assertMirrored(layout("pages/living-well-with-asthma.html", "english.png"), false);
  }

  /** The first crumb at the start side, the others following; the key-points bar on the start side. */
  private static void assertMirrored(Layout page, boolean rtl) throws Exception {
    Box nav = page.first(".cp-breadcrumb");
    List<Box> crumbs = page.all(".cp-breadcrumb li");
    assertThat(crumbs).hasSizeGreaterThanOrEqualTo(2);
    if (rtl) {
      assertThat(crumbs.get(0).right).as("first crumb at the right edge").isCloseTo(nav.right, within(2.0));
      assertThat(crumbs.get(1).right).as("second crumb to its left").isLessThanOrEqualTo(crumbs.get(0).left + 1);
    } else {
      assertThat(crumbs.get(0).left).isCloseTo(nav.left, within(2.0));
      assertThat(crumbs.get(1).left).isGreaterThanOrEqualTo(crumbs.get(0).right - 1);
    }
    Box keyPoints = page.first(".cp-key-points");
    BufferedImage png = ImageIO.read(page.png.toFile());
    int y = (int) ((keyPoints.top + keyPoints.bottom) / 2);
    boolean rightBar = isAccent(png.getRGB((int) keyPoints.right - 3, y));
    boolean leftBar = isAccent(png.getRGB((int) keyPoints.left + 2, y));
    assertThat(rightBar).as("accent bar on the right of the key points").isEqualTo(rtl);
    assertThat(leftBar).as("accent bar on the left of the key points").isEqualTo(!rtl);
  }

  /** The accent blue, #0b57d0. */
  private static boolean isAccent(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return r < 40 && g > 60 && g < 120 && b > 180;
  }

  private static Layout layout(String page, String shot) throws Exception {
    Browser.assumeAvailable();
    SamplePages.all();
    Path file = SamplePages.ROOT.resolve(page).toAbsolutePath();
    Path png = SamplePages.ROOT.resolve("shots").resolve(shot).toAbsolutePath();
    java.nio.file.Files.createDirectories(png.getParent());
    String[] args = new String[SELECTORS.length + 4];
    args[0] = "layout";
    args[1] = file.toString();
    args[2] = png.toString();
    args[3] = "1000";
    System.arraycopy(SELECTORS, 0, args, 4, SELECTORS.length);
    return new Layout(Browser.run(args), png);
  }

  /** An element's box in page pixels. */
  record Box(double left, double right, double top, double bottom) {
    double center() {
      return (left + right) / 2;
    }
  }

  /** What {@code browser.mjs layout} measured, and its screenshot. */
  record Layout(JsonNode json, Path png) {
    List<Box> all(String selector) {
      JsonNode list = json.get("rects").get(selector);
      return list.valueStream().map(b -> new Box(b.get("left").asDouble(), b.get("right").asDouble(),
          b.get("top").asDouble(), b.get("bottom").asDouble())).toList();
    }

    Box first(String selector) {
      List<Box> boxes = all(selector);
      assertThat(boxes).as(selector).isNotEmpty();
      return boxes.get(0);
    }
  }
}
