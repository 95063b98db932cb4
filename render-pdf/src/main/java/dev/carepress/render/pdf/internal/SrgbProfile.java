package dev.carepress.render.pdf.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The sRGB ICC profile of a PDF's output intent (PDF/A asks for one), made from the numbers of the
 * sRGB standard (IEC 61966-2.1): its primaries and white point adapted to D50, and its tone curve
 * sampled at 1,024 points. It is laid out as the JDK's own sRGB profile (version 2.3, made with
 * LittleCMS, "sRGB built-in"), so the bytes are those that {@code
 * ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()} returns on OpenJDK 17 (a test compares
 * them), without loading the JDK's colour management and its native library, which cost a cold
 * one-handout run 25 to 60 ms on its critical path.
 */
final class SrgbProfile {
  private static final int HEADER = 128;
  private static final int CURVE_POINTS = 1024;
  /** s15Fixed16 numbers: the D50 illuminant of the profile connection space. */
  private static final int[] D50 = {0xf6d6, 0x10000, 0xd32d};
  /** The media white point and the red, green and blue colorants, each X, Y, Z, adapted to D50. */
  private static final int[][] XYZ = {
    {0xf33d, 0x10000, 0x11698}, {0x6f94, 0x38ee, 0x390}, {0x249d, 0xf83, 0xb6be}, {0x62a5, 0xb790, 0x18de}
  };
  /** The chromaticities x, y of red, green and blue as u16Fixed16: 0.64 0.33, 0.30 0.60, 0.15 0.06. */
  private static final int[] CHROMATICITIES = {0xa3d7, 0x547b, 0x4ccd, 0x999a, 0x2666, 0xf5c};
  /** When LittleCMS made the JDK's profile: 2006-12-28 18:07:22. */
  private static final short[] CREATED = {2006, 12, 28, 18, 7, 22};

  private SrgbProfile() {}

  /** The profile's bytes (a new array each call). */
  static byte[] bytes() {
    String[] signatures = {"dmnd", "desc", "dmdd", "wtpt", "rXYZ", "bXYZ", "gXYZ", "rTRC", "gTRC", "bTRC", "chrm"};
    byte[][] tags = {
      description("(lcms internal)"), description("sRGB built-in"), description("sRGB built-in"),
      xyz(XYZ[0]), xyz(XYZ[1]), xyz(XYZ[2]), xyz(XYZ[3]), curve(), curve(), curve(), chromaticities()
    };
    int[] offsets = new int[tags.length];
    int end = HEADER + 4 + 12 * tags.length;
    for (int i = 0; i < tags.length; i++) {
      offsets[i] = end;
      end = align(end + tags[i].length);
    }
    int size = offsets[tags.length - 1] + tags[tags.length - 1].length;
    ByteBuffer profile = ByteBuffer.allocate(size);
    header(profile, size);
    profile.putInt(tags.length);
    for (int i = 0; i < tags.length; i++) {
      profile.put(ascii(signatures[i])).putInt(offsets[i]).putInt(tags[i].length);
    }
    for (int i = 0; i < tags.length; i++) {
      profile.position(offsets[i]);
      profile.put(tags[i]);
    }
    return profile.array();
  }

  private static void header(ByteBuffer profile, int size) {
    profile.putInt(size).put(ascii("lcms")).putInt(0x02300000).put(ascii("mntr")).put(ascii("RGB "))
        .put(ascii("XYZ "));
    for (short part : CREATED) {
      profile.putShort(part);
    }
    profile.put(ascii("acsp")).put(ascii("APPL")).putInt(0).put(ascii("lcms"));
    profile.position(68); // device model, attributes and rendering intent: zero
    for (int v : D50) {
      profile.putInt(v);
    }
    profile.put(ascii("lcms")); // the creator; the profile ID and the reserved bytes stay zero
    profile.position(HEADER);
  }

  /** A version 2 textDescriptionType: the ASCII text, no Unicode or ScriptCode text. */
  private static byte[] description(String text) {
    byte[] ascii = ascii(text);
    ByteBuffer tag = ByteBuffer.allocate(12 + ascii.length + 1 + 4 + 4 + 2 + 1 + 67);
    tag.put(ascii("desc")).putInt(0).putInt(ascii.length + 1).put(ascii);
    return tag.array();
  }

  private static byte[] xyz(int[] values) {
    ByteBuffer tag = ByteBuffer.allocate(20);
    tag.put(ascii("XYZ ")).putInt(0);
    for (int v : values) {
      tag.putInt(v);
    }
    return tag.array();
  }

  /** The sRGB tone curve (encoded value to linear light), sampled at 1,024 evenly spaced points. */
  private static byte[] curve() {
    ByteBuffer tag = ByteBuffer.allocate(12 + 2 * CURVE_POINTS);
    tag.put(ascii("curv")).putInt(0).putInt(CURVE_POINTS);
    for (int i = 0; i < CURVE_POINTS; i++) {
      double v = i / (double) (CURVE_POINTS - 1);
      double linear = v <= 0.04045 ? v / 12.92 : StrictMath.pow((v + 0.055) / 1.055, 2.4);
      tag.putShort((short) Math.floor(linear * 65535 + 0.5));
    }
    return tag.array();
  }

  private static byte[] chromaticities() {
    ByteBuffer tag = ByteBuffer.allocate(36);
    tag.put(ascii("chrm")).putInt(0).putShort((short) 3).putShort((short) 0);
    for (int v : CHROMATICITIES) {
      tag.putInt(v);
    }
    return tag.array();
  }

  private static int align(int offset) {
    return (offset + 3) & ~3;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
