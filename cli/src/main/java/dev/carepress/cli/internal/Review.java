package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import java.util.List;
import java.util.Optional;

/**
 * What {@code carepress check} asks of an article that is valid: the health-literacy review. The
 * review of this build is {@link #none()} until {@code dev.carepress.check} is wired in.
 */
interface Review {

  /** The outcome for one article. */
  record Verdict(boolean passed, List<Problem> findings, String text, String json) {
    public Verdict {
      findings = List.copyOf(findings);
    }
  }

  /** Reviews the article; empty when there is nothing to review with. */
  Optional<Verdict> review(Article article);

  /** Validation only. */
  static Review none() {
    return article -> Optional.empty();
  }
}
