package dev.carepress.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The picocli models of {@code carepress} and {@code carepress render}, built in code rather than
 * read from annotations: picocli reads annotations through proxy classes the JVM generates on each
 * start (some 70 ms of a one-article run's critical path, which the class-data archive cannot keep).
 * The options, their order, help text and errors are those the annotations gave; the other
 * commands, run less often, keep their annotations.
 */
final class CommandSpecs {
  private CommandSpecs() {}

  /** The top-level command, without subcommands. */
  static CommandSpec top(CarepressCommand command) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("carepress").versionProvider(new Version());
    spec.usageMessage().sortOptions(false).autoWidth(false).synopsisSubcommandLabel("COMMAND")
        .header("Health articles to web pages, patient handouts and e-books.")
        .description("Reads articles written in Markdown (with YAML front matter) or JSON and renders them to HTML,"
            + " PDF and EPUB, or checks that they are valid and plain enough for patients.")
        .commandListHeading("%nCommands:%n")
        .footerHeading("%nExamples:%n")
        .footer(
            "  carepress render examples/articles --book examples/book.yaml",
            "  carepress render asthma.md --format pdf --page-size LETTER --large-print",
            "  carepress book examples/book.yaml -f epub",
            "  carepress check articles/ --max-grade 8",
            "  carepress formats",
            "",
            "Run 'carepress COMMAND --help' for a command's options.",
            "Exit status: 0 done, 1 an article fell short of a check, 2 bad usage or input.");
    return standardHelp(spec);
  }

  /** {@code render}, filling in the fields of {@code command}, whose parent is {@code parent}. */
  static CommandSpec render(RenderCommand command, CarepressCommand parent) {
    command.parent = parent;
    command.output = new OutputOptions();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("render").versionProvider(new Version());
    renderUsage(spec.usageMessage());
    RenderCommand c = command;
    Field inputs = new Field(() -> c.inputs, v -> c.inputs = cast(v));
    spec.addPositional(PositionalParamSpec.builder().paramLabel("INPUT").arity("0..*")
        .type(List.class).auxiliaryTypes(Path.class)
        .description("Article files (.md, .markdown, .json) and folders of them.")
        .initialValue(c.inputs).getter(inputs).setter(inputs).build());
    spec.addOption(option(List.class, () -> c.formats, v -> c.formats = cast(v), "-f", "--format")
        .auxiliaryTypes(String.class).paramLabel("FORMAT").splitRegex(",")
        .description("A format to render: html, pdf, epub or another one on the class path;"
            + " repeatable. Default: every format found (see carepress formats).").build());
    spec.addOption(option(Path.class, () -> c.out, v -> c.out = (Path) v, "-o", "--out")
        .paramLabel("DIR").defaultValue("out")
        .description("The folder to write to, created if needed. Default: ${DEFAULT-VALUE}.").build());
    spec.addOption(option(Path.class, () -> c.book, v -> c.book = (Path) v, "--book").paramLabel("BOOK.yaml")
        .description("Also render this book as a whole (EPUB, PDF booklet) and add its articles to the inputs.")
        .build());
    spec.addOption(option(Path.class, () -> c.bilingual, v -> c.bilingual = (Path) v, "--bilingual")
        .paramLabel("OTHER.md")
        .description("Pair the one ARTICLE with its translation OTHER.md in one bilingual PDF handout, each"
            + " section beside its translation (section after section in large print), written as"
            + " <slug>.<lang>-<other lang>.pdf (e.g. hand-washing.en-es.pdf). PDF only; not with a folder or --book.")
        .build());
    handoutOptions(spec, c);
    output(spec, command.output);
    return standardHelp(spec);
  }

  // render's options after --bilingual, in the order its help lists them
  private static void handoutOptions(CommandSpec spec, RenderCommand c) {
    spec.addOption(option(RenderCommand.PageSize.class, () -> c.pageSize, v -> c.pageSize = (RenderCommand.PageSize) v,
        "--page-size").paramLabel("SIZE")
        .description("Paper size of PDF handouts: ${COMPLETION-CANDIDATES}. Default: A4.").build());
    spec.addOption(option(boolean.class, () -> c.largePrint, v -> c.largePrint = (Boolean) v, "--large-print")
        .description("Large-print handouts (bigger type, same content).").build());
    spec.addOption(option(String.class, () -> c.baseUrl, v -> c.baseUrl = (String) v, "--base-url").paramLabel("URL")
        .description("The URL the site is published at: canonical links in HTML, the footer of PDF handouts.")
        .build());
    spec.addOption(option(List.class, () -> c.settings, v -> c.settings = cast(v), "--set")
        .auxiliaryTypes(String.class).paramLabel("[FORMAT.]KEY=VALUE")
        .description("A renderer setting: FORMAT.KEY=VALUE for one format, KEY=VALUE for every format"
            + " rendered that has KEY; repeatable. carepress formats lists them.").build());
    spec.addOption(option(Path.class, () -> c.clinic, v -> c.clinic = (Path) v, "--clinic").paramLabel("CLINIC.yaml")
        .description("The clinic's details (name, phone, address, web, logo, callUs) for every format that shows"
            + " them: the PDF handout's box and footer, the HTML page's publisher, the EPUB's title page."
            + " A --set of the same key wins.").build());
    spec.addOption(option(String.class, () -> c.title, v -> c.title = (String) v, "--title").paramLabel("TEXT")
        .description("The title of the site's index page when there is no --book. Default: Health articles, in the"
            + " articles' language when they share one.")
        .build());
    spec.addOption(option(int.class, () -> c.jobs, v -> c.jobs = (Integer) v, "-j", "--jobs").paramLabel("N")
        .description("Render N articles at a time. Default: the number of processors (${DEFAULT-VALUE}).").build());
    spec.addOption(option(boolean.class, () -> c.incremental, v -> c.incremental = (Boolean) v, "--incremental")
        .description("Render only what changed since the last --incremental run into the same folder (a manifest,"
            + " .carepress-manifest, records each output's inputs); remove the files of deleted articles.").build());
    spec.addOption(option(boolean.class, () -> c.strict, v -> c.strict = (Boolean) v, "--strict")
        .description("Fail an article or book that has a warning, as if it were an error (for CI).").build());
    spec.addOption(option(String.class, () -> c.shard, v -> c.shard = (String) v, "--shard").paramLabel("K/N")
        .description("Render only part K of N (1 <= K <= N), chosen by a hash of each input's path, so that N"
            + " machines can share a batch: shard 1 also writes the site's index, category pages, stylesheet,"
            + " images and the book. The N parts together are the files of the whole run. Not with --incremental.")
        .build());
  }

  /** {@code --quiet} and {@code --verbose} ({@link OutputOptions}), filling in {@code output}. */
  private static void output(CommandSpec spec, OutputOptions output) {
    spec.addOption(option(boolean.class, () -> output.quiet, v -> output.quiet = (Boolean) v, "-q", "--quiet")
        .description("Print errors only: no warnings, no progress bar, no closing line.").build());
    spec.addOption(option(boolean.class, () -> output.verbose, v -> output.verbose = (Boolean) v, "-v", "--verbose")
        .description("Also print each file written and the stack trace of any failure.").build());
  }

  // What CommandSpec#mixinStandardHelpOptions(true) adds, --help and --version, under the key it uses,
  // built in code: picocli builds its own from annotations.
  private static CommandSpec standardHelp(CommandSpec spec) {
    CommandSpec mixin = CommandSpec.create();
    mixin.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).descriptionKey("mixinStandardHelpOptions.help")
        .description("Show this help message and exit.").build());
    mixin.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
    return spec.addMixin("mixinStandardHelpOptions", mixin);
  }

  private static void renderUsage(UsageMessageSpec usage) {
    usage.sortOptions(false).autoWidth(false)
        .header("Render articles to HTML, PDF and EPUB.")
        .description(
            "Each article becomes one file per format in the output folder, named by its slug: asthma.html,"
                + " asthma.pdf, asthma.epub. With two or more articles (or a --book) the HTML is a static site: a page"
                + " per article, index.html, a page per category and the shared stylesheet, related articles linked.",
            "",
            "--book BOOK.yaml also renders the book as a whole (an EPUB and a PDF booklet named by the book's"
                + " slug) and adds its articles to the inputs (a file listed twice is read once).",
            "",
            "Folders are searched for *.md, *.markdown and *.json in sorted order, skipping hidden files and"
                + " the output folder; links are followed only to files inside the folder.",
            "",
            "An article with errors is reported as file:line:column: error: message (hint) and leaves no file"
                + " behind, not even the formats that worked; the others are still rendered. The output is the"
                + " same, byte for byte, whatever --jobs is.")
        .parameterListHeading("%nArguments:%n")
        .optionListHeading("%nOptions:%n")
        .footerHeading("%nExamples:%n")
        .footer(
            "  # the bundled examples: HTML site, PDF handouts, EPUB and PDF book",
            "  carepress render examples/articles --book examples/book.yaml",
            "",
            "  # one large-print handout on US Letter paper, into handouts/",
            "  carepress render asthma.md -f pdf --page-size LETTER --large-print -o handouts",
            "",
            "  # a setting for one format, and one for every format that has it",
            "  carepress render articles/ --set epub.tocDepth=1 --set pageSize=LETTER",
            "",
            "  # the second quarter of a large library (run 1/4 to 4/4 on four machines, same --out)",
            "  carepress render library/ --shard 2/4 -o site",
            "",
            "  # handouts with the clinic's name, phone, logo and \"Call us if...\" from its file",
            "  carepress render articles/ -f pdf --clinic clinic.yaml",
            "",
            "  # one bilingual handout, English beside Spanish: out/hand-washing.en-es.pdf",
            "  carepress render hand-washing.md --bilingual lavarse-las-manos.md",
            "",
            "Exit status: 0 all rendered; 2 bad usage, or an article could not be read",
            "or rendered (its problems are listed, the others are written).");
  }

  // An option bound to a field through these two functions, its initial value the field's value now
  // (as picocli takes an annotated field's: shown as ${DEFAULT-VALUE} when there is no default).
  private static OptionSpec.Builder option(Class<?> type, Supplier<Object> getter, Consumer<Object> setter,
      String... names) {
    Field field = new Field(getter, setter);
    return OptionSpec.builder(names).type(type).initialValue(getter.get()).getter(field).setter(field);
  }

  /** A field of a command as picocli reads and sets it. */
  private static final class Field implements IGetter, ISetter {
    private final Supplier<Object> getter;
    private final Consumer<Object> setter;

    Field(Supplier<Object> getter, Consumer<Object> setter) {
      this.getter = getter;
      this.setter = setter;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) getter.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      T previous = (T) getter.get();
      setter.accept(value);
      return previous;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(Object list) {
    return (List<T>) list;
  }
}
