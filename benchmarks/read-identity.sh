#!/usr/bin/env bash
# Shows that the readers of this working tree give byte-identical output to those of another
# revision: the canonical JSON of every article and every problem (code, position, message, hint)
# for the example articles and book, core's test fixtures, a generated book of 1,000 articles and
# 400 generated hostile articles (benchmarks/read_fuzz_corpus.py), alone and as one book.
#   benchmarks/read-identity.sh [BASE_REVISION]      (default: where this branch left main)
# Builds BASE_REVISION's benchmarks jar from `git archive` in a temporary folder (never installs);
# BASE_JAR=path/to/benchmarks.jar uses an already built one instead.
# Needs this tree's jar: mvn -B -q -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-$(git merge-base HEAD main)}
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q -pl benchmarks -am package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

base_jar=${BASE_JAR:-}
if [ -z "$base_jar" ]; then
  echo "building $base ($(git rev-parse --short "$base")) in $work/base"
  mkdir "$work/base"
  git archive "$base" | tar -x -C "$work/base"
  mvn -B -q -o -f "$work/base/pom.xml" -pl benchmarks -am package -DskipTests >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
  base_jar=$work/base/benchmarks/target/benchmarks.jar
fi

python3 benchmarks/read_fuzz_corpus.py "$work/fuzz" 400
# the hostile articles as one book too, so that the book reader (which reads articles in parallel) is
# compared on them, with a missing file and a file listed twice among them for problems of its own
{
  echo "title: Fuzz"
  echo "articles:"
  for f in "$work"/fuzz/fuzz-*.md; do
    name=$(basename "$f")
    echo "  - $name"
    case $name in
      fuzz-0100.md) echo "  - missing.md" ;;
      fuzz-0200.md) echo "  - fuzz-0007.md" ;;
    esac
  done
} >"$work/fuzz/book.yaml"
dir=benchmarks/corpus/1000x600
[ -f "$dir/book.yaml" ] || python3 benchmarks/gen_corpus.py "$dir" 1000 --words 600 >/dev/null
inputs=(examples core/src/test/resources "$work/fuzz" "$dir")

java -cp "$base_jar" \
  benchmarks/src/main/java/dev/carepress/benchmarks/ReadDump.java "$work/base.txt" "${inputs[@]}"
java -cp "$jar" dev.carepress.benchmarks.ReadDump "$work/new.txt" "${inputs[@]}"
# twice: books are read on several threads, and the output must not depend on their timing
java -cp "$jar" dev.carepress.benchmarks.ReadDump "$work/new2.txt" "${inputs[@]}"
cmp -s "$work/new.txt" "$work/new2.txt" || { echo "this tree's output differs from one run to the next" >&2; exit 1; }

label=${BASE_JAR:+$BASE_JAR}
label=${label:-$base}
printf '%s: %s articles and books, %s problems, %s bytes of output\n' "$label" \
  "$(grep -c '^===' "$work/base.txt")" "$(grep -c '^problem' "$work/base.txt")" "$(wc -c <"$work/base.txt")"
if cmp -s "$work/base.txt" "$work/new.txt"; then
  echo "identical: this tree reads every input exactly as $label does"
else
  echo "DIFFERENT from $label:" >&2
  diff "$work/base.txt" "$work/new.txt" | head -40 >&2
  exit 1
fi
