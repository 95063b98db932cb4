package dev.carepress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's {@code <plugin>} block is exactly the one the {@code readme} integration test builds with. */
class ReadmeBlockTest {
  private static final Pattern BLOCK = Pattern.compile("(?s)<plugin>.*?</plugin>");

  private static String normalized(String block) {
    StringBuilder lines = new StringBuilder();
    for (String line : block.split("\n")) {
      lines.append(line.strip()).append('\n');
    }
    return lines.toString().replaceFirst("<version>[^<]*</version>", "<version>VERSION</version>");
  }

  private static String firstBlock(String text) {
    Matcher matcher = BLOCK.matcher(text);
    assertThat(matcher.find()).as("a <plugin> block").isTrue();
    return matcher.group();
  }

  @Test
  void theReadmesPluginBlockIsTheOneTheReadmeProjectUses() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String pom = Files.readString(Path.of("src/it/readme/pom.xml"), StandardCharsets.UTF_8);

    assertThat(normalized(firstBlock(pom))).isEqualTo(normalized(firstBlock(readme)));
    assertThat(firstBlock(pom)).contains("<version>@project.version@</version>");
  }
}
