package dev.carepress.cli.internal;

import picocli.CommandLine;
import dev.carepress.render.Option;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.text.JsonWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code carepress formats}: the renderers on the class path, their files and their settings. */
@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpAutoWidth = false,
    header = "List the output formats and their settings.",
    description = {
      "Lists every renderer found on the class path (the built-in html, pdf and epub, and those of"
          + " any other jar), with its file extension, media type and the settings render --set accepts."
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  carepress formats",
      "  carepress formats --json",
      "  carepress formats --labels=sw      # the label keys, to translate with --set labels.KEY=TEXT",
      "",
      "  # a format of your own, from its jar",
      "  java -cp carepress.jar:my-format.jar dev.carepress.cli.Main formats"
    })
public final class FormatsCommand implements Callable<Integer> {
  @ParentCommand CarepressCommand parent;

  @CommandLine.Option(names = "--json", description = "Print JSON for machines.")
  boolean json;

  @CommandLine.Option(names = "--labels", arity = "0..1", fallbackValue = "en", paramLabel = "LANG",
      description = "List the labels instead (the words around an article: \"Key points\", review dates …):"
          + " each key that --set labels.KEY=TEXT takes, with its text in LANG (default: en).")
  String labels;

  /** Made by picocli. */
  public FormatsCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = parent.context().console().out();
    if (labels != null) {
      LabelList.print(out, labels, json);
      out.flush();
      return ExitCodes.OK;
    }
    Renderers renderers = parent.context().renderers();
    List<RendererProvider> providers = renderers.providers();
    if (json) {
      out.println(json(providers));
    } else if (providers.isEmpty()) {
      out.println("No renderers found on the class path (add carepress-render-html, -pdf or -epub).");
    } else {
      text(out, providers);
    }
    out.flush();
    return providers.isEmpty() ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private static void text(PrintWriter out, List<RendererProvider> providers) {
    for (int i = 0; i < providers.size(); i++) {
      if (i > 0) {
        out.println();
      }
      format(out, providers.get(i));
    }
  }

  private static void format(PrintWriter out, RendererProvider p) {
    out.println(p.format().id() + "  ." + p.format().extension() + "  " + p.format().mediaType());
    out.println("  " + p.format().description());
    List<Option<?>> options = p.options();
    if (options.isEmpty()) {
      out.println("  (no settings)");
      return;
    }
    out.println("  settings (--set " + p.format().id() + ".KEY=VALUE):");
    int width = options.stream().mapToInt(o -> keyText(o).length()).max().orElse(0);
    String indent = " ".repeat(4 + width + 2);
    for (Option<?> option : options) {
      // what it takes and its default stay on one line
      String text = option.description() + " " + takes(option).replace(' ', GLUE);
      List<String> lines = wrap(text.strip(), Math.max(30, LINE - indent.length()));
      lines.replaceAll(l -> l.replace(GLUE, ' '));
      out.println("    " + keyText(option) + " ".repeat(width - keyText(option).length() + 2) + lines.get(0));
      lines.subList(1, lines.size()).forEach(l -> out.println(indent + l));
    }
  }

  /**
   * What the listing says of an option, from its declaration: the description, the values it takes
   * ({@code [A4, LETTER]}), or its type when that says more than "text" ({@code integer 1–6}), and its
   * default.
   */
  static String describe(Option<?> option) {
    String takes = takes(option);
    return takes.isEmpty() ? option.description() : option.description() + " " + takes;
  }

  // "[A4, LETTER] (default: A4)", "(integer 1–6, default: 2)", or "" for text without a default
  private static String takes(Option<?> option) {
    StringBuilder text = new StringBuilder();
    if (!option.values().isEmpty()) {
      text.append('[').append(String.join(", ", option.values())).append(']');
    }
    List<String> notes = new ArrayList<>();
    if (option.values().isEmpty() && !option.isPrefixed() && !option.type().equals("text")) {
      notes.add(option.type());
    }
    if (!option.defaultText().isEmpty()) {
      notes.add("default: " + option.defaultText());
    }
    if (!notes.isEmpty()) {
      text.append(text.length() > 0 ? " " : "").append('(').append(String.join(", ", notes)).append(')');
    }
    return text.toString();
  }

  private static final int LINE = 100;
  private static final char GLUE = '\u0001';

  // a prefixed option takes every key under its prefix
  private static String keyText(Option<?> option) {
    return option.isPrefixed() ? option.key() + ".KEY" : option.key();
  }

  // Wraps at spaces so that each line has at most width characters (a longer word stands alone).
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String json(List<RendererProvider> providers) {
    JsonWriter json = JsonWriter.create(JsonWriter.Escaping.ASCII).beginObject().name("formats").beginArray();
    for (RendererProvider p : providers) {
      json.beginObject()
          .name("id").value(p.format().id())
          .name("extension").value(p.format().extension())
          .name("mediaType").value(p.format().mediaType())
          .name("description").value(p.format().description())
          .name("settings").beginArray();
      for (Option<?> option : p.options()) {
        json.beginObject()
            .name("key").value(keyText(option))
            .name("type").value(option.type())
            .name("description").value(option.description())
            .name("default").value(option.defaultText())
            .name("values").beginArray();
        option.values().forEach(json::value);
        json.endArray().endObject();
      }
      json.endArray().endObject();
    }
    return json.endArray().endObject().finish();
  }
}
