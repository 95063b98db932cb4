package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Paragraph;
import dev.carepress.model.PlainText;
import dev.carepress.model.Section;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The NHS's care cards ({@code div.nhsuk-card--care}: "Non-urgent advice: See a GP if:", "Urgent
 * advice: …", "Immediate action required: Call 999 if you:") are boxed advice, not sections: each is
 * a callout, its heading its first line in bold — important for a GP visit, a warning for 111 and 999.
 */
class NhsCareCardsTest {
  private static String card(String kind, String hidden, String heading, String content) {
    return "<div class=\"nhsuk-card nhsuk-card--care nhsuk-card--care--" + kind + "\"><div class=\"nhsuk-card--care__heading-container\">"
        + "<h3 class=\"nhsuk-card--care__heading\"><span role=\"text\"><span class=\"nhsuk-u-visually-hidden\">" + hidden
        + " </span>" + heading + "</span></h3><span class=\"nhsuk-card--care__arrow\" aria-hidden=\"true\"></span></div>"
        + "<div class=\"nhsuk-card__content\">" + content + "</div></div>";
  }

  @Test
  void eachCareCardIsACalloutOfItsSection() {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Chest infection - NHS</title></head><body><main><article>"
        + "<h1>Chest infection</h1><p>Chest infections are common, especially after a cold or flu.</p>"
        + "<section><h2>How to treat a chest infection yourself</h2><p>Get plenty of rest and drink lots of fluids.</p>"
        + card("non-urgent", "Non-urgent advice:", "See a GP if:", "<ul><li>you feel very unwell</li><li>you cough up blood</li></ul>")
        + card("urgent", "Urgent advice:", "Ask for an urgent GP appointment or get help from NHS 111 if:",
            "<ul><li>you have a high temperature for more than 3 days</li></ul>")
        + card("emergency", "Immediate action required:", "Call 999 if you:", "<ul><li>are struggling to breathe</li></ul>")
        + "<p>Most chest infections clear up in 7 to 10 days.</p></section></article></main></body></html>";

    Article a = HtmlArticleImporter.builder().build().importHtml(html, "chest.html", Optional.empty()).orThrow();

    assertThat(a.sections()).extracting(Section::title).containsExactly("How to treat a chest infection yourself");
    Section section = a.sections().get(0);
    assertThat(section.subsections()).isEmpty();
    List<Callout> cards = section.blocks().stream().filter(Callout.class::isInstance).map(Callout.class::cast).toList();
    assertThat(cards).extracting(Callout::kind)
        .containsExactly(Callout.Kind.IMPORTANT, Callout.Kind.WARNING, Callout.Kind.WARNING);
    assertThat(cards).extracting(c -> PlainText.ofBlocks(List.of(c.blocks().get(0)))).containsExactly(
        "Non-urgent advice: See a GP if:", "Urgent advice: Ask for an urgent GP appointment or get help from NHS 111 if:",
        "Immediate action required: Call 999 if you:");
    assertThat(cards.get(0).blocks().get(0)).isInstanceOf(Paragraph.class);
    assertThat(cards.get(0).blocks().get(1)).isInstanceOf(BulletList.class);
    assertThat(PlainText.ofBlocks(List.of(section.blocks().get(section.blocks().size() - 1))))
        .isEqualTo("Most chest infections clear up in 7 to 10 days.");
  }
}
