package dev.carepress.render.html.internal.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Paragraph;
import dev.carepress.model.PlainText;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadingTimeTest {

  @Test
  void fastWordCountAgreesWithPlainText() {
    Random random = new Random(42);
    String alphabet = "ab Z9'-\u2019\u2011 \t\né\u00df\u4e2d,.\uD83D\uDE00";
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(ReadingTime.wordCount(text.toString()))
          .as(text.toString()).isEqualTo(PlainText.wordCount(text.toString()));
    }
  }

  @Test
  void minutesRoundUpAndAreAtLeastOne() {
    Article empty = Article.builder().title("T").build();
    Article words201 = Article.builder().title("T").introduction(Paragraph.of("word ".repeat(201))).build();
    assertThat(ReadingTime.minutes(empty, 200)).isEqualTo(1);
    assertThat(ReadingTime.minutes(words201, 200)).isEqualTo(2);
    assertThat(ReadingTime.minutes(words201, 201)).isEqualTo(1);
  }
}
