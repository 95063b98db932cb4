package dev.carepress.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled metadata lines in the languages whose pages write them so, each label followed by a
 * colon (ASCII or full-width): Chinese "作者：张三  审核：李四医生  更新日期：2025年3月15日", Japanese
 * "監修：…", Arabic "بقلم: …", "مراجعة طبية: …", "تاريخ آخر مراجعة: ١٥ مارس ٢٠٢٥", Russian "Автор: …",
 * "Дата обновления: …", Vietnamese "Tác giả: …", "Tham vấn y khoa: …", "Cập nhật lần cuối: …", Spanish
 * "Revisado por: …", "Autor: …". One line may hold several fields; each value runs to the next
 * label. The English labels ("Reviewed by", "Last reviewed", "By") are read where they always were.
 */
final class MetaLabels {
  /** What a label gives. {@code OTHER} is a field of the same line that is no front matter (source, editor). */
  enum Role { AUTHOR, REVIEWER, REVIEWED, UPDATED, PUBLISHED, OTHER }

  /** One field of a line: its role, the label as written and the value after it. */
  record Field(Role role, String label, String value) {}

  // longer labels first: the alternation takes the first that matches at a place
  private static final String AUTHOR = "作者|撰文|撰稿|执笔|執筆|著者|筆者|文/图|الكاتبة|الكاتب|كتبته|كتبه|كتابة|تأليف|إعداد|اعداد|Авторы|Автор"
      + "|Tác giả|Người viết|Autora|Autores|Autor|Escrito por|Redactado por";
  private static final String REVIEWER = "医学审核|审核专家|审核医生|审核|审阅|审校|審核|審閱|医学监修|医師監修|医学監修|监修|監修"
      + "|المراجعة الطبية|مراجعة طبية|المراجع الطبي|تمت المراجعة بواسطة|مراجعة|Медицинский эксперт|Медицинский редактор"
      + "|Рецензент|Проверено|Tham vấn y khoa|Tham vấn chuyên môn|Cố vấn chuyên môn|Kiểm duyệt y khoa|Kiểm duyệt|Người duyệt"
      + "|Tham vấn|Revisado médicamente por|Revisado por|Revisión médica|Revisora|Revisor";
  private static final String REVIEWED = "审核日期|审核时间|审阅日期|最后审核|最後審核|監修日|تاريخ آخر مراجعة|تاريخ المراجعة|آخر مراجعة"
      + "|Дата последней проверки|Дата проверки|Ngày kiểm duyệt|Ngày tham vấn|Ngày duyệt";
  private static final String UPDATED = "更新日期|更新时间|更新時間|最后更新|最後更新|最近更新|更新于|更新於|最終更新日|最終更新|更新日"
      + "|تاريخ آخر تحديث|تاريخ التحديث|آخر تحديث|تم التحديث|Последнее обновление|Дата обновления|Обновлено"
      + "|Cập nhật lần cuối|Ngày cập nhật|Cập nhật";
  private static final String PUBLISHED = "发布日期|发布时间|发表日期|发表时间|发布于|發佈日期|發布日期|發表日期|公開日|投稿日|掲載日"
      + "|تاريخ النشر|نشر في|نُشر في|Дата публикации|Опубликовано|Ngày đăng|Đăng ngày|Ngày xuất bản";
  private static final String OTHER = "责任编辑|责编|编辑|編輯|来源|來源|出处|浏览次数|浏览量|阅读量|阅读|閱讀|点击|字号|المصدر|Источник|Nguồn";
  /** Labels that may stand without a colon, as a preposition ends them: "بقلم د. سارة", "Revisado por Dr. Méndez". */
  private static final String BARE = "بقلم|تمت المراجعة الطبية بواسطة|تمت المراجعة بواسطة|راجعه طبيا"
      + "|(?:Bài viết )?được (?:tư vấn chuyên môn|tham vấn y khoa|kiểm duyệt(?: y khoa)?|duyệt) bởi"
      + "|(?:Medizinisch|Fachlich|Ärztlich) (?:geprüft|überprüft) von|Relu(?: et validé)? par(?: l[ea])?|Validé par(?: l[ea])?"
      + "|Rédigé par|Écrit par";

  /** "本文经 丁香医生审稿专业委员会 同行评议", "本文由李四医生审核。": reviewed by. */
  private static final Pattern REVIEWED_BY_ZH = Pattern.compile(
      "本文(?:经过?|由)\\s*(\\S.{0,38}?)\\s*(?:医学审核|审核|审阅|审校|同行评议|审定)[。.]?");
  /** A title before a name that is written in lower case in part: "Bác sĩ", "Dược sĩ" (doctor, pharmacist). */
  private static final String TITLE = "^(?:Bác sĩ|Dược sĩ|Điều dưỡng|Chuyên gia|(?:Prof\\. )?Dr\\. med\\.(?: dent\\.)?|Dr\\.?|Pr\\.?)\\s+";
  private static final String BEFORE = "(?<![^\\s|·•｜丨/,，;；、])";
  private static final Pattern LABEL = Pattern.compile("(?iu)" + BEFORE + "(?:(?<reviewed>" + REVIEWED + ")|(?<updated>"
      + UPDATED + ")|(?<published>" + PUBLISHED + ")|(?<author>" + AUTHOR + ")|(?<reviewer>" + REVIEWER + ")|(?<other>"
      + OTHER + "))\\s*[:：]\\s*|" + BEFORE + "(?<bare>" + BARE + ")(?:\\s*[:：]\\s*|\\s+)");
  private static final String SEPARATORS = "[\\s|·•｜丨/,，;；、]+";

  private MetaLabels() {}

  /**
   * The fields of a line that starts with a label, or nothing when it does not, is long (over
   * 200 characters) or has a field left empty or running long (a sentence, not a value).
   */
  static List<Field> fields(String text) {
    // no-break and ideographic spaces part the fields as spaces do ("作者：张三&nbsp;&nbsp;审核：…")
    String line = Chars.clean(text.replace('\u00a0', ' ').replace('\u3000', ' '));
    if (line.matches("[(（\\[【].*[)）\\]】]")) { // "(责编：张三、李四)" closes a Chinese news page
      line = line.substring(1, line.length() - 1).strip();
    }
    if (line.length() > 200) {
      return List.of();
    }
    Matcher zh = REVIEWED_BY_ZH.matcher(line);
    if (zh.matches()) {
      return List.of(new Field(Role.REVIEWER, "本文经…审核", zh.group(1)));
    }
    Matcher m = LABEL.matcher(line);
    List<Field> out = new ArrayList<>();
    if (!m.lookingAt()) {
      return List.of();
    }
    int start = m.start();
    Role role = role(m);
    String label = label(m);
    int valueStart = m.end();
    boolean bare = m.group("bare") != null;
    while (true) {
      boolean more = m.find();
      int end = more ? m.start() : line.length();
      String value = line.substring(valueStart, end).replaceAll("^" + SEPARATORS + "|" + SEPARATORS + "$", "");
      String name = value;
      if (bare) { // "… bởi Bác sĩ Nguyễn Văn An - Khoa Truyền nhiễm": a name, then the department (its credentials)
        name = value.replaceFirst("\\s+[-–—]\\s+.*$", "");
        if (name.equals(value) || !Persons.isQualifications(name, value.substring(name.length()).replaceFirst("^\\s+[-–—]\\s+", ""))) {
          value = name;
        }
      }
      if (value.isEmpty() || value.length() > 80 || bare && !Bylines.looksLikeName(name.replaceFirst(TITLE, ""))) {
        return List.of();
      }
      out.add(new Field(role, label, value));
      if (!more) {
        break;
      }
      role = role(m);
      label = label(m);
      valueStart = m.end();
      bare = m.group("bare") != null;
    }
    return start == 0 ? out : List.of();
  }

  /** Whether the line only holds labelled metadata fields. */
  static boolean isMetaLine(String line) {
    return !fields(line).isEmpty();
  }

  /** The value as a date, when it is one. */
  static Optional<java.time.LocalDate> date(Field field) {
    return Dates.parseDayFirst(field.value()); // every label here is of a language that writes the day first
  }

  private static String label(Matcher m) {
    return Chars.clean(m.group()).replaceAll("[:：]$", "").strip();
  }

  private static Role role(Matcher m) {
    if (m.group("reviewed") != null) {
      return Role.REVIEWED;
    }
    if (m.group("updated") != null) {
      return Role.UPDATED;
    }
    if (m.group("published") != null) {
      return Role.PUBLISHED;
    }
    if (m.group("author") != null) {
      return Role.AUTHOR;
    }
    if (m.group("bare") != null) {
      return m.group("bare").matches("بقلم|Rédigé par|Écrit par") ? Role.AUTHOR : Role.REVIEWER;
    }
    return m.group("reviewer") != null ? Role.REVIEWER : Role.OTHER;
  }
}
