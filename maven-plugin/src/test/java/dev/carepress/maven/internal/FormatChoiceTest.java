package dev.carepress.maven.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.SettingsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code <setting>} no rendered format has is named with the closest key and the formats'
 * settings themselves: a Maven user has no {@code carepress formats} command to list them.
 */
class FormatChoiceTest {
  @Test
  void anUnknownSettingListsTheRenderedFormatsSettingsRatherThanACommandLineTool() {
    Renderers renderers = Renderers.discover();
    List<RendererProvider> pdf = List.of(renderers.requireProvider("pdf"));
    assertThatThrownBy(() -> FormatChoice.settings(renderers, pdf, Map.of(), Map.of(), List.of("pageSise=A4")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("<setting>pageSise=A4").hasMessageContaining("did you mean 'pageSize'?")
        .hasMessageContaining("their settings: ").hasMessageContaining("largePrint")
        .hasMessageNotContaining("carepress formats");
  }
}
