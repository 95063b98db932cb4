package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The order a folder's files are read in: by their paths' texts, as name by name. */
class InputFilesOrderProperties {
  @Property(tries = 3000)
  void comparingTheTextsOrdersAsComparingNameByName(@ForAll("paths") String a, @ForAll("paths") String b) {
    Path x = Path.of(a);
    Path y = Path.of(b);

    int byText = InputFiles.compareBySegments(x.toString(), y.toString(), '/');

    assertThat(Integer.signum(byText)).isEqualTo(Integer.signum(nameByName(x, y)));
  }

  // The oracle: the paths' names compared one by one, then the shorter path first.
  private static int nameByName(Path a, Path b) {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < n; i++) {
      int c = a.getName(i).toString().compareTo(b.getName(i).toString());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  }

  // relative paths of one to four names, of characters on both sides of '/' in code order
  // ('-', '.', digits, upper and lower case, an accented letter), many sharing a prefix
  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> name = Arbitraries.strings().withChars("-.0Aab_é+").ofMinLength(1).ofMaxLength(4)
        .filter(n -> !n.equals(".") && !n.equals(".."));
    return name.list().ofMinSize(1).ofMaxSize(4).map(names -> String.join("/", names));
  }
}
