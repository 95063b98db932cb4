package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.color.ICC_ProfileRGB;
import org.junit.jupiter.api.Test;

class SrgbProfileTest {

  @Test
  void isByteForByteTheJdksOwnSrgbProfileSoThatPdfOutputDoesNotChange() {
    byte[] jdk = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    assertThat(SrgbProfile.bytes()).isEqualTo(jdk);
  }

  @Test
  void isAnRgbDisplayProfileThatConvertsColoursAsSrgbDoes() {
    ICC_Profile profile = ICC_Profile.getInstance(SrgbProfile.bytes());
    assertThat(profile).isInstanceOf(ICC_ProfileRGB.class);
    assertThat(profile.getProfileClass()).isEqualTo(ICC_Profile.CLASS_DISPLAY);
    assertThat(profile.getColorSpaceType()).isEqualTo(ColorSpace.TYPE_RGB);
    ColorSpace made = new ICC_ColorSpace(profile);
    ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
    for (float[] rgb : new float[][] {{1, 1, 1}, {0.5f, 0.25f, 0.75f}, {0.02f, 0.9f, 0.3f}, {0, 0, 0}}) {
      float[] xyz = made.toCIEXYZ(rgb);
      float[] expected = srgb.toCIEXYZ(rgb);
      for (int i = 0; i < 3; i++) {
        assertThat(xyz[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(0.002f));
      }
    }
  }

  @Test
  void eachCallGivesItsOwnArray() {
    byte[] first = SrgbProfile.bytes();
    first[0] = 42;
    assertThat(SrgbProfile.bytes()[0]).isZero();
  }
}
