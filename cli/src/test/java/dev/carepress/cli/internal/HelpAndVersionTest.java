package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.cli.testing.Cli;
import dev.carepress.cli.testing.FakeReading;
import dev.carepress.cli.testing.FakeRendererProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code --help} and {@code --version} on every command, and the usage errors. */
class HelpAndVersionTest {
  private final Cli cli = Cli.with(new FakeReading(), new FakeRendererProvider());

  @ParameterizedTest
  @ValueSource(strings = {"", "render", "check", "formats"})
  void everyCommandHasHelpWithExamples(String command) {
    Cli.Result result = command.isEmpty() ? cli.run("--help") : cli.run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: carepress").contains("Examples:").contains("  carepress ");
    assertThat(result.out().lines()).allMatch(line -> line.length() <= 80);
  }

  @Test
  void renderHelpExplainsWhatIsWritten() {
    String help = cli.run("render", "--help").out();
    assertThat(help).contains("asthma.html,").contains("index.html")
        .contains("PDF booklet").contains("leaves no file").contains("Exit status:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "render", "check", "formats"})
  void everyCommandHasVersion(String command) {
    Cli.Result result = command.isEmpty() ? cli.run("--version") : cli.run(command, "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("carepress ").contains("Java " + System.getProperty("java.version"));
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result result = cli.run();
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains("which command? render, book, check, import, formats or serve");
  }

  @Test
  void mistypedOptionIsAUsageErrorInTwoLines() {
    Cli.Result result = cli.run("render", "--fromat", "pdf", "a.md");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).startsWith("carepress render: Unknown option: '--fromat'")
        .contains("Try 'carepress render --help' for more information.")
        .doesNotContain("Usage:");
  }

  @Test
  void mistypedCommandSuggestsTheRightOne() {
    Cli.Result result = cli.run("rendr", "a.md");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains("render");
  }

  @Test
  void topLevelHelpListsEveryCommand() {
    assertThat(cli.run("--help").out()).contains("  render ").contains("  check ").contains("  formats ").contains("  help ");
    assertThat(cli.run("help", "render").out()).startsWith("Render articles to HTML, PDF and EPUB.");
  }
}
