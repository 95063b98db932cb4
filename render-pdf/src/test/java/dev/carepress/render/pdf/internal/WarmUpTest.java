package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.render.RenderContext;
import dev.carepress.render.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  @Test
  void theWarmUpHandoutRendersWithoutAWarningSoItDoesTheWorkOfARealOne() throws Exception {
    // a warm-up that failed part way would be silent (its failures are left to the real render)
    // and would leave most of the cold work to the first real handout
    List<Problem> warnings = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.create().render(WarmUp.article(), out, RenderContext.defaults().withWarnings(warnings::add));
    assertThat(warnings).isEmpty();
    assertThat(new String(out.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(out.size()).isGreaterThan(10_000);
  }
}
