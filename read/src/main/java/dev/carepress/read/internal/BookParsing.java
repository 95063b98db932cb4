package dev.carepress.read.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.StreamedBook;
import dev.carepress.read.ArticleReader;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.ReadResult;
import dev.carepress.read.internal.codec.BookMetadataReading;
import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.Positions;
import dev.carepress.read.internal.source.SourceText;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeParser;
import dev.carepress.read.internal.tree.TreeReading;
import dev.carepress.text.Suggestions;
import dev.carepress.text.UrlPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a {@code book.yaml} and every article it lists, collecting all their problems. Made per
 * book file: it holds the file's problems and folder while it reads.
 */
public final class BookParsing {
  private final Path bookFile;
  private final Diagnostics diagnostics;
  /** The book file's folder, absolute: the articles must be inside it. */
  private final Path folder;
  /** The book file's folder as given, to name the articles in problems. */
  private final Path shownFolder;

  private BookParsing(Path bookFile) {
    this.bookFile = bookFile;
    this.diagnostics = new Diagnostics(bookFile.toString());
    this.folder = bookFile.toAbsolutePath().normalize().getParent();
    this.shownFolder = Optional.ofNullable(bookFile.getParent()).orElse(Path.of(""));
  }

  /**
   * Reads the book file and, with the given reader, its articles.
   *
   * @throws IOException if the book file itself cannot be read
   */
  public static ReadResult<Book> parse(Path bookFile, ArticleReader reader) throws IOException {
    ArticleParsing.requireFile(bookFile, "a book file", "its book.yaml");
    return new BookParsing(bookFile).parse(reader);
  }

  /**
   * Reads the book file only: its metadata and the article files it lists, checked to exist; the
   * articles are read on every iteration of the book's {@link StreamedBook#articles()}, their
   * problems as {@link FileBook} says.
   *
   * @param strict whether every warning is an error, of the book file or of an article
   * @param articleWarnings takes the articles' warnings, once, at the end of the first iteration without errors
   * @throws IOException if the book file itself cannot be read
   */
  public static ReadResult<StreamedBook> stream(Path bookFile, ArticleReader reader, boolean strict,
      Consumer<Problem> articleWarnings) throws IOException {
    ArticleParsing.requireFile(bookFile, "a book file", "its book.yaml");
    BookParsing parsing = new BookParsing(bookFile);
    Optional<Listing> listing = parsing.listing();
    List<Problem> problems = parsing.diagnostics.sorted();
    if (listing.isEmpty() || problems.stream().anyMatch(Problem::isError)) {
      return ReadResult.failure(problems);
    }
    Listed listed = listing.get().listed();
    List<FileBook.Listed> files = new ArrayList<>(listed.files().size());
    for (int i = 0; i < listed.files().size(); i++) {
      files.add(new FileBook.Listed(listed.files().get(i), listed.entries().get(i).pos().line(),
          listed.entries().get(i).pos().column()));
    }
    StreamedBook book = new FileBook(listing.get().metadata(), bookFile, files, reader, strict, articleWarnings);
    return ReadResult.of(book, problems);
  }

  /** The book file's metadata and the articles it lists. */
  private record Listing(BookMetadata metadata, Listed listed) {}

  /** The book file's metadata and listed articles, its problems in {@link #diagnostics}; none if it cannot be read. */
  private Optional<Listing> listing() throws IOException {
    Optional<TreeNode> root = tree();
    if (root.isEmpty()) {
      return Optional.empty();
    }
    BookMetadata metadata = BookMetadataReading.read(
        root.get(), new TreeReading(diagnostics, new Positions(), TreeReading.Mode.BOOK, (t, p) -> List.of()));
    metadata.cover().ifPresent(cover -> checkCover(cover.src(), root.get()));
    TreeNode.Entry list = root.get().entries().get("articles");
    if (list == null || list.value().kind() == TreeNode.Kind.NULL
        || (list.value().kind() == TreeNode.Kind.ARRAY && list.value().elements().isEmpty())) {
      diagnostics.error(
          "missing-articles", list == null ? root.get().pos() : list.keyPos(), "the book lists no articles",
          "add 'articles:' followed by one '- path/to/article.md' line per article");
      return Optional.of(new Listing(metadata, new Listed(List.of(), List.of())));
    }
    return Optional.of(new Listing(metadata, listed(list.value())));
  }

  private ReadResult<Book> parse(ArticleReader reader) throws IOException {
    Optional<Listing> listing = listing();
    if (listing.isEmpty()) {
      return ReadResult.failure(diagnostics.sorted());
    }
    List<Problem> articleProblems = new ArrayList<>();
    List<Article> articles = read(listing.get().listed(), reader, articleProblems);
    List<Problem> problems = new ArrayList<>(diagnostics.sorted());
    problems.addAll(articleProblems);
    if (problems.stream().anyMatch(Problem::isError)) {
      return ReadResult.failure(problems);
    }
    return ReadResult.of(new Book(listing.get().metadata(), articles, Optional.of(bookFile)), problems);
  }

  /** The book file's YAML, if it is a readable map (else reported). */
  private Optional<TreeNode> tree() throws IOException {
    if (Files.size(bookFile) > ArticleParsing.DEFAULT_MAX_BYTES) {
      diagnostics.error("too-large", Pos.START, "book.yaml is larger than 8 MB", "list the articles only");
      return Optional.empty();
    }
    Optional<SourceText> text = SourceText.decode(Files.readAllBytes(bookFile), diagnostics);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().text().isBlank()) {
      diagnostics.error(
          "empty", Pos.START, "the book file is empty",
          "write at least 'title: …' and 'articles:' followed by one '- path/to/article.md' per line");
      return Optional.empty();
    }
    Optional<TreeNode> root;
    try {
      root = TreeParser.yaml(text.get().text(), 0, "book file", diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.error("unreadable", Pos.START, "the book file could not be read: " + e, "");
      return Optional.empty();
    }
    if (root.isPresent() && root.get().kind() != TreeNode.Kind.OBJECT) {
      diagnostics.error(
          "wrong-type", root.get().pos(), "the book file must be a map of key: value pairs",
          "write 'title: …' and 'articles:' at the start of lines");
      return Optional.empty();
    }
    return root;
  }

  /** The articles listed, each with the entry that lists it and its path as shown in problems. */
  private record Listed(List<TreeNode> entries, List<Path> files) {}

  /** The entries naming an article file, each once (the others reported). */
  private Listed listed(TreeNode list) {
    List<TreeNode> entries = list.kind() == TreeNode.Kind.ARRAY ? list.elements() : List.of(list);
    Map<Path, TreeNode> seen = new HashMap<>();
    Listed listed = new Listed(new ArrayList<>(), new ArrayList<>());
    for (TreeNode entry : entries) {
      Optional<Path> file = articlePath(entry);
      if (file.isEmpty()) {
        continue;
      }
      TreeNode before = seen.putIfAbsent(file.get(), entry);
      if (before != null) {
        diagnostics.error(
            "duplicate-article", entry.pos(), "'" + entry.text() + "' is listed twice (also on line "
                + before.pos().line() + ")",
            "list each article once");
        continue;
      }
      listed.entries().add(entry);
      listed.files().add(shownFolder.resolve(entry.text().strip()).normalize());
    }
    return listed;
  }

  /** Reads the articles; their problems go to {@code problems}, two with one slug are an error of the book. */
  private List<Article> read(Listed listed, ArticleReader reader, List<Problem> problems) throws IOException {
    List<ReadResult<Article>> results = ParallelReads.parse(listed.files(), reader);
    List<Article> articles = new ArrayList<>();
    Map<String, Path> slugs = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      ReadResult<Article> result = results.get(i);
      problems.addAll(result.problems());
      if (result.value().isEmpty()) {
        continue;
      }
      Article article = result.value().get();
      Path shown = listed.files().get(i);
      Path other = slugs.putIfAbsent(article.slug(), shown);
      if (other != null) {
        diagnostics.error(
            "duplicate-slug", listed.entries().get(i).pos(), "two articles have the slug '" + article.slug() + "': "
                + other + " and " + shown,
            "give one of them another 'slug:' in its front matter");
        continue;
      }
      articles.add(article);
    }
    return articles;
  }

  /** The article file the entry names, if it is a relative path to an article file inside the folder. */
  private Optional<Path> articlePath(TreeNode entry) {
    Optional<Path> relative = relativePath(entry);
    if (relative.isEmpty()) {
      return Optional.empty();
    }
    String written = entry.text().strip();
    Path file = folder.resolve(relative.get()).normalize();
    if (!file.startsWith(folder)) {
      diagnostics.error(
          "path-outside", entry.pos(), "'" + written + "' is outside the book's folder",
          "move the article into the book's folder (or a folder inside it)");
      return Optional.empty();
    }
    if (!ArticleReaders.isArticleFile(file)) {
      diagnostics.error(
          "unsupported-file", entry.pos(), "'" + written + "' is not an article file",
          "list .md, .markdown or .json files");
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      String suggestion = closestSibling(file).map(s -> "; did you mean '" + s + "'?").orElse("");
      diagnostics.error(
          "missing-file", entry.pos(), "the article '" + written + "' does not exist" + suggestion,
          "check the path; it is relative to the folder of the book file");
      return Optional.empty();
    }
    return insideThroughLinks(file, entry) ? Optional.of(file) : Optional.empty();
  }

  /** The entry as a relative path, if it is one (else reported). */
  private Optional<Path> relativePath(TreeNode entry) {
    if (!entry.isScalar() || entry.text().isBlank()) {
      diagnostics.error(
          "wrong-type", entry.pos(), "each article must be a path such as articles/asthma.md",
          "write one '- path/to/article.md' per line, relative to the book file");
      return Optional.empty();
    }
    String written = entry.text().strip();
    Path relative;
    try {
      relative = Path.of(written);
    } catch (InvalidPathException e) {
      diagnostics.error("invalid-path", entry.pos(), "'" + written + "' is not a valid path", "");
      return Optional.empty();
    }
    if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\")) {
      diagnostics.error(
          "path-outside", entry.pos(), "'" + written + "' is an absolute path",
          "give the path relative to the folder of the book file");
      return Optional.empty();
    }
    return Optional.of(relative);
  }

  /** Whether the file is inside the folder once symbolic links are followed (else reported). */
  private boolean insideThroughLinks(Path file, TreeNode entry) {
    String written = entry.text().strip();
    try {
      if (!file.toRealPath().startsWith(folder.toRealPath())) {
        diagnostics.error(
            "path-outside", entry.pos(), "'" + written + "' links to a file outside the book's folder",
            "copy the article into the book's folder");
        return false;
      }
    } catch (IOException e) {
      diagnostics.error("unreadable", entry.pos(), "'" + written + "' cannot be read: " + e.getMessage(), "");
      return false;
    }
    return true;
  }

  private static Optional<String> closestSibling(Path file) {
    Path dir = file.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      return Suggestions.closest(file.getFileName().toString(), names);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void checkCover(String src, TreeNode root) {
    TreeNode cover = root.entries().get("cover").value();
    if (UrlPolicy.hasScheme(src)) {
      if (!UrlPolicy.isSafeImage(src)) {
        diagnostics.warning(
            "unsafe-image", cover.pos(), "the cover '" + src + "' uses a scheme not allowed for images",
            "use a path relative to the book file");
      }
      return;
    }
    try {
      Path file = folder.resolve(src).normalize();
      if (!Files.isRegularFile(file)) {
        diagnostics.warning(
            "missing-file", cover.pos(), "the cover image '" + src + "' does not exist",
            "check the path; it is relative to the folder of the book file");
      }
    } catch (InvalidPathException e) {
      diagnostics.warning("invalid-path", cover.pos(), "the cover '" + src + "' is not a valid path", "");
    }
  }
}
