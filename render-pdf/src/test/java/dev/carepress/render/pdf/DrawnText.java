package dev.carepress.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Each text-showing operator of a PDF's pages as read from the content streams, with the graphics
 * state it draws in: the text render mode, colours, line width and font, which {@code q}/{@code Q}
 * save and restore. For tests of how text is painted, which text extraction does not tell.
 *
 * @param page the page, from 1
 * @param tag the innermost marked-content tag around it ({@code H1}, {@code P}, {@code Artifact} …)
 * @param text the characters of its glyphs, through the font's ToUnicode map
 * @param font the font's BaseFont, without a subset prefix
 * @param size the font size
 * @param renderMode the text render mode (0 fill, 2 fill then stroke, 3 invisible)
 * @param fill the fill colour's components
 * @param stroke the stroke colour's components
 * @param lineWidth the line width
 * @param lineJoin the line join style
 */
record DrawnText(int page, String tag, String text, String font, float size, int renderMode, float[] fill,
    float[] stroke, float lineWidth, int lineJoin) {

  /** The graphics state a content stream's operators change. */
  private static final class State implements Cloneable {
    int renderMode;
    float[] fill = {0f};
    float[] stroke = {0f};
    float lineWidth = 1f;
    int lineJoin;
    COSName font;
    float size;

    @Override
    public State clone() {
      try {
        return (State) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** Every text-showing operator of the document, in content stream order. */
  static List<DrawnText> of(byte[] pdf) throws IOException {
    List<DrawnText> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int number = 0;
      for (PDPage page : doc.getPages()) {
        number++;
        read(page, number, out);
      }
    }
    return out;
  }

  private static void read(PDPage page, int number, List<DrawnText> out) throws IOException {
    Deque<State> saved = new ArrayDeque<>();
    Deque<String> tags = new ArrayDeque<>();
    State s = new State();
    List<COSBase> operands = new ArrayList<>();
    for (Object token : new PDFStreamParser(page).parse()) {
      if (!(token instanceof Operator)) {
        operands.add((COSBase) token);
        continue;
      }
      switch (((Operator) token).getName()) {
        case "q" -> saved.push(s.clone());
        case "Q" -> s = saved.pop();
        case "Tr" -> s.renderMode = ((COSNumber) operands.get(0)).intValue();
        case "w" -> s.lineWidth = ((COSNumber) operands.get(0)).floatValue();
        case "j" -> s.lineJoin = ((COSNumber) operands.get(0)).intValue();
        case "rg" -> s.fill = numbers(operands);
        case "RG" -> s.stroke = numbers(operands);
        case "Tf" -> {
          s.font = (COSName) operands.get(0);
          s.size = ((COSNumber) operands.get(1)).floatValue();
        }
        case "BDC", "BMC" -> tags.push(((COSName) operands.get(0)).getName());
        case "EMC" -> tags.pop();
        case "Tj", "TJ" -> {
          PDFont font = page.getResources().getFont(s.font);
          StringBuilder text = new StringBuilder();
          for (COSBase o : operands.get(0) instanceof COSArray a ? a.toList() : operands) {
            if (o instanceof COSString str) {
              decode(font, str.getBytes(), text);
            }
          }
          String name = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
          out.add(new DrawnText(number, tags.isEmpty() ? "" : tags.peek(),
              text.toString(), name, s.size, s.renderMode, s.fill, s.stroke, s.lineWidth, s.lineJoin));
        }
        default -> { }
      }
      operands.clear();
    }
  }

  private static float[] numbers(List<COSBase> operands) {
    float[] v = new float[operands.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = ((COSNumber) operands.get(i)).floatValue();
    }
    return v;
  }

  private static void decode(PDFont font, byte[] bytes, StringBuilder text) throws IOException {
    InputStream in = new ByteArrayInputStream(bytes);
    while (in.available() > 0) {
      String u = font.toUnicode(font.readCode(in));
      text.append(u == null ? "\uFFFD" : u);
    }
  }

  @Override
  public String toString() {
    return "p" + page + " " + tag + " '" + text + "' " + font + " " + size + " Tr " + renderMode + " fill "
        + Arrays.toString(fill) + " stroke " + Arrays.toString(stroke) + " w " + lineWidth + " j " + lineJoin;
  }
}
