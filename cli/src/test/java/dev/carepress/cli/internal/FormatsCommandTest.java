package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.cli.testing.Cli;
import dev.carepress.cli.testing.FakeReading;
import dev.carepress.cli.testing.FakeRendererProvider;
import dev.carepress.render.Option;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import org.junit.jupiter.api.Test;

/** {@code carepress formats}. */
class FormatsCommandTest {

  @Test
  void listsEachFormatWithExtensionMediaTypeAndSettings() {
    Cli.Result result = Cli.with(new FakeReading(), new FakeRendererProvider()).run("formats");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("""
        fake  .txt  text/plain
          Plain text for the command's tests
          settings (--set fake.KEY=VALUE):
            greeting  a line written first
            shout     upper-case titles [true, false] (default: false)
            pageSize  paper size [A4, LETTER] (default: A4)
        """);
  }

  @Test
  void listsEveryFormatOnTheClassPath() {
    Cli.Result result = Cli.discovering(new FakeReading()).run("formats");

    assertThat(result.exitCode()).isZero();
    for (RendererProvider provider : Renderers.discover().providers()) {
      assertThat(result.out()).contains(provider.format().id() + "  ." + provider.format().extension() + "  " + provider.format().mediaType());
    }
  }

  @Test
  void jsonForMachines() {
    Cli.Result result = Cli.with(new FakeReading(), FakeRendererProvider.html()).run("formats", "--json");

    assertThat(result.out()).isEqualTo("""
        {
          "formats": [
            {
              "id": "html",
              "extension": "html",
              "mediaType": "text/plain",
              "description": "Plain text for the command's tests",
              "settings": [
                {
                  "key": "greeting",
                  "type": "text",
                  "description": "a line written first",
                  "default": "",
                  "values": []
                },
                {
                  "key": "shout",
                  "type": "boolean",
                  "description": "upper-case titles",
                  "default": "false",
                  "values": [
                    "true",
                    "false"
                  ]
                },
                {
                  "key": "pageSize",
                  "type": "one of A4, LETTER",
                  "description": "paper size",
                  "default": "A4",
                  "values": [
                    "A4",
                    "LETTER"
                  ]
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void noFormatAtAllSaysWhatToAdd() {
    Cli.Result result = Cli.with(new FakeReading()).run("formats");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).contains("No renderers found on the class path");
  }

  @Test
  void eachSettingSaysWhatItTakesAndItsDefaultFromItsDeclaration() {
    assertThat(FormatsCommand.describe(Option.integer("tocDepth", 2, 1, 6, "levels in the table of contents")))
        .isEqualTo("levels in the table of contents (integer 1–6, default: 2)");
    assertThat(FormatsCommand.describe(Option.flag("ncx", true, "add a toc.ncx")))
        .isEqualTo("add a toc.ncx [true, false] (default: true)");
    assertThat(FormatsCommand.describe(Option.text("css", "", "a CSS file"))).isEqualTo("a CSS file");
    assertThat(FormatsCommand.describe(Option.text("siteName", "Health", "the site's name")))
        .isEqualTo("the site's name (default: Health)");
    assertThat(FormatsCommand.describe(Option.prefixed("labels", "label overrides"))).isEqualTo("label overrides");
  }

  @Test
  void longDescriptionsWrapUnderTheirKey() {
    assertThat(FormatsCommand.wrap("one two three four five six", 9))
        .containsExactly("one two", "three", "four five", "six");
    assertThat(FormatsCommand.wrap("a-very-long-word b", 5)).containsExactly("a-very-long-word", "b");
  }

  @Test
  void labelsListsEveryKeyWithItsTextInTheLanguage() {
    Cli.Result result = Cli.with(new FakeReading(), new FakeRendererProvider()).run("formats", "--labels=es");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Labels in Spanish (es). Replace one with --set labels.KEY=TEXT")
        .contains("\n  keyPoints ").contains("Puntos clave");
    assertThat(result.out().lines().skip(1)).hasSize(dev.carepress.render.Labels.keys().size());
  }

  @Test
  void labelsOfALanguageWithoutATranslationSayTheyAreEnglish() {
    Cli.Result result = Cli.with(new FakeReading(), new FakeRendererProvider()).run("formats", "--labels=sw");

    assertThat(result.out()).startsWith("Labels in Swahili (sw): Carepress has no translation, so these are the English texts")
        .contains("Key points");
  }

  @Test
  void labelsWithoutALanguageAreTheEnglishOnesAndJsonIsForMachines() {
    Cli.Result text = Cli.with(new FakeReading(), new FakeRendererProvider()).run("formats", "--labels");
    Cli.Result json = Cli.with(new FakeReading(), new FakeRendererProvider()).run("formats", "--labels=fr", "--json");

    assertThat(text.out()).startsWith("Labels in English (en).");
    assertThat(json.out()).startsWith("{\n  \"language\": \"fr\",\n  \"translated\": true,\n  \"labels\": {\n")
        .contains("\"keyPoints\": \"\\u00c0 retenir\"");
  }

  @Test
  void theUntranslatedWarningsHintNamesTheCommandThatListsTheKeys() {
    assertThat(dev.carepress.render.Labels.untranslatedWarning("sw", "a.md").hint())
        .contains("carepress formats --labels");
  }
}
