package dev.carepress.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTML report's headings are labels, replaced by the shared {@code labels.KEY=TEXT} option. */
class ReportLabelsTest {
  private static String html(LiteracyChecks checks) {
    return checks.check(LiteracyChecksTest.good().build()).toHtml();
  }

  @Test
  void headingsAreCarepressOwnWordsByDefault() {
    String html = html(LiteracyChecksTest.CHECKS);
    assertThat(html).contains("<title>Health-literacy report: Washing your hands</title>",
        "<h2 id=\"checks-h\">Checks</h2>", "<h2 id=\"scores-h\">Readability</h2>",
        "<h2 id=\"article-h\">The article, marked up</h2>", "<strong>✓ Passed</strong>",
        "<span class=\"badge\">✓ Pass</span>", "<caption>Scores by part of the article</caption>");
  }

  @Test
  void overridesFromCodeReplaceHeadingsAndAreEscaped() {
    LiteracyChecks checks = LiteracyChecksTest.CHECKS.toBuilder().labels(Map.of(
        "report.checks", "Prüfungen", "report.pageTitle", "Bericht: {0}", "report.pass", "<ok>",
        "report.readability", "Lesbarkeit")).build();
    String html = html(checks);
    assertThat(html).contains("<title>Bericht: Washing your hands</title>", "<h2 id=\"checks-h\">Prüfungen</h2>",
        "<h2 id=\"scores-h\">Lesbarkeit</h2>", "<span class=\"badge\">✓ &lt;ok&gt;</span>")
        .doesNotContain("<h2 id=\"checks-h\">Checks</h2>");
    assertThat(checks.toBuilder().build().labels()).containsEntry("report.checks", "Prüfungen");
    // the text and JSON reports are developer output: unchanged
    assertThat(checks.check(LiteracyChecksTest.good().build()).toText())
        .isEqualTo(LiteracyChecksTest.CHECKS.check(LiteracyChecksTest.good().build()).toText());
  }

  @Test
  void overridesFromTextSettingsUseTheSharedLabelsOption() {
    LiteracyChecks checks = LiteracyChecksTest.CHECKS.toBuilder()
        .apply(Settings.parse(List.of("labels.report.checks=Verificaciones", "labels.keyPoints=Lo esencial")))
        .build();
    assertThat(html(checks)).contains("<h2 id=\"checks-h\">Verificaciones</h2>");
    assertThat(LiteracyChecks.OPTIONS).containsExactly(dev.carepress.render.Labels.OVERRIDES);
  }

  @Test
  void anUnknownKeyIsRejectedWithTheClosestOne() {
    assertThatThrownBy(() -> LiteracyChecks.builder().labels(Map.of("report.chekcs", "x")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("'labels.report.chekcs'").hasMessageContaining("did you mean 'report.checks'?");
    assertThatThrownBy(() -> LiteracyChecks.builder().labels(Map.of("keyPoint", "x")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("keyPoints");
    assertThatThrownBy(() -> LiteracyChecks.builder().apply(Settings.parse(List.of("maxGrade=6"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("maxGrade");
  }
}
