package dev.carepress.read.internal;

import dev.carepress.Problem;
import dev.carepress.text.Suggestions;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
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
import java.util.stream.Stream;

/** Reads a {@code book.yaml} and every article it lists, collecting all their problems. */
public final class BookParsing {
  private BookParsing() {}

  public static ReadResult<Book> parse(Path bookFile) throws IOException {
    Diagnostics diagnostics = new Diagnostics(bookFile.toString());
    long size = Files.size(bookFile);
    if (size > ArticleParsing.DEFAULT_MAX_BYTES) {
      diagnostics.error("too-large", Pos.START, "book.yaml is larger than 8 MB", "list the articles only");
      return ReadResult.failure(diagnostics.sorted());
    }
    Optional<SourceText> text = SourceText.decode(Files.readAllBytes(bookFile), diagnostics);
    if (text.isEmpty()) {
      return ReadResult.failure(diagnostics.sorted());
    }
    if (text.get().text().isBlank()) {
      diagnostics.error(
          "empty", Pos.START, "the book file is empty",
          "write at least 'title: …' and 'articles:' followed by one '- path/to/article.md' per line");
      return ReadResult.failure(diagnostics.sorted());
    }
    Optional<TreeNode> root;
    try {
      root = TreeParser.yaml(text.get().text(), 0, "book file", diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.error("unreadable", Pos.START, "the book file could not be read: " + e, "");
      return ReadResult.failure(diagnostics.sorted());
    }
    if (root.isEmpty()) {
      return ReadResult.failure(diagnostics.sorted());
    }
    if (root.get().kind() != TreeNode.Kind.OBJECT) {
      diagnostics.error(
          "wrong-type", root.get().pos(), "the book file must be a map of key: value pairs",
          "write 'title: …' and 'articles:' at the start of lines");
      return ReadResult.failure(diagnostics.sorted());
    }
    BookMetadata metadata = BookMetadataReading.read(
        root.get(), new TreeReading(diagnostics, new Positions(), TreeReading.Mode.BOOK, (t, p) -> List.of()));
    Path folder = bookFile.toAbsolutePath().normalize().getParent();
    Path shownFolder = Optional.ofNullable(bookFile.getParent()).orElse(Path.of(""));
    metadata.cover().ifPresent(cover -> checkCover(cover.src(), folder, root.get(), diagnostics));

    List<Article> articles = new ArrayList<>();
    List<Problem> articleProblems = new ArrayList<>();
    TreeNode.Entry list = root.get().entries().get("articles");
    if (list == null || list.value().kind() == TreeNode.Kind.NULL
        || (list.value().kind() == TreeNode.Kind.ARRAY && list.value().elements().isEmpty())) {
      diagnostics.error(
          "missing-articles", list == null ? root.get().pos() : list.keyPos(), "the book lists no articles",
          "add 'articles:' followed by one '- path/to/article.md' line per article");
    } else {
      List<TreeNode> entries =
          list.value().kind() == TreeNode.Kind.ARRAY ? list.value().elements() : List.of(list.value());
      Map<Path, TreeNode> seen = new HashMap<>();
      List<TreeNode> listed = new ArrayList<>();
      List<Path> files = new ArrayList<>();
      for (TreeNode entry : entries) {
        Optional<Path> file = articlePath(entry, folder, diagnostics);
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
        listed.add(entry);
        files.add(shownFolder.resolve(entry.text().strip()).normalize());
      }
      List<ReadResult<Article>> results = ParallelReads.parse(files);
      Map<String, Path> slugs = new HashMap<>();
      for (int i = 0; i < results.size(); i++) {
        ReadResult<Article> result = results.get(i);
        articleProblems.addAll(result.problems());
        if (result.value().isEmpty()) {
          continue;
        }
        Article article = result.value().get();
        Path shown = files.get(i);
        Path other = slugs.putIfAbsent(article.slug(), shown);
        if (other != null) {
          diagnostics.error(
              "duplicate-slug", listed.get(i).pos(), "two articles have the slug '" + article.slug() + "': " + other
                  + " and " + shown,
              "give one of them another 'slug:' in its front matter");
          continue;
        }
        articles.add(article);
      }
    }
    List<Problem> problems = new ArrayList<>(diagnostics.sorted());
    problems.addAll(articleProblems);
    if (problems.stream().anyMatch(Problem::isError)) {
      return ReadResult.failure(problems);
    }
    return ReadResult.of(new Book(metadata, articles, Optional.of(bookFile)), problems);
  }

  private static Optional<Path> articlePath(TreeNode entry, Path folder, Diagnostics diagnostics) {
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
    Path file = folder.resolve(relative).normalize();
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
    try {
      if (!file.toRealPath().startsWith(folder.toRealPath())) {
        diagnostics.error(
            "path-outside", entry.pos(), "'" + written + "' links to a file outside the book's folder",
            "copy the article into the book's folder");
        return Optional.empty();
      }
    } catch (IOException e) {
      diagnostics.error("unreadable", entry.pos(), "'" + written + "' cannot be read: " + e.getMessage(), "");
      return Optional.empty();
    }
    return Optional.of(file);
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

  private static void checkCover(String src, Path folder, TreeNode root, Diagnostics diagnostics) {
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
