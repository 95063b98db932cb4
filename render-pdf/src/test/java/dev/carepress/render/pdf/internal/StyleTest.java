package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StyleTest {
  private static final StructNode NODE = StructNode.document();
  private static final Style BASE = new Style(Fonts.REGULAR, 11f, 0x112233, false, false, 0f, NODE, "#a", "A");

  @Test
  void equalComponentsMakeEqualStylesWithEqualHashes() {
    Style same = new Style(Fonts.REGULAR, 11f, 0x112233, false, false, 0f, NODE, "#a", "A");
    assertThat(same).isEqualTo(BASE).hasSameHashCodeAs(BASE);
    Style noLink = Style.plain(Fonts.BOLD, 9f, 0, null);
    assertThat(noLink).isEqualTo(Style.plain(Fonts.BOLD, 9f, 0, null)).hasSameHashCodeAs(Style.plain(Fonts.BOLD, 9f, 0, null));
  }

  @Test
  void aStyleDifferingInAnyOneComponentIsNotEqual() {
    List<Style> others = List.of(BASE.withRole(Fonts.BOLD), BASE.withSize(12f), BASE.withColor(0x112234),
        new Style(Fonts.REGULAR, 11f, 0x112233, true, false, 0f, NODE, "#a", "A"), BASE.withStrike(),
        BASE.superscript(), BASE.withNode(StructNode.document()),
        new Style(Fonts.REGULAR, 11f, 0x112233, false, false, 0f, NODE, "#b", "A"),
        new Style(Fonts.REGULAR, 11f, 0x112233, false, false, 0f, NODE, "#a", "B"));
    for (Style other : others) {
      assertThat(other).isNotEqualTo(BASE);
    }
    assertThat(BASE).isNotEqualTo(null).isNotEqualTo("style");
  }

  @Test
  void sizesCompareAsARecordComparesFloats() {
    // a record compares float components with Float.compare: NaN equals NaN, 0.0 differs from -0.0
    assertThat(BASE.withSize(Float.NaN)).isEqualTo(BASE.withSize(Float.NaN));
    assertThat(BASE.withSize(0f)).isNotEqualTo(BASE.withSize(-0f));
  }
}
