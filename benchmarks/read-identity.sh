#!/usr/bin/env bash
# Shows that the readers of this working tree give byte-identical output to those of another
# revision: the canonical JSON of every article and every problem (code, position, message, hint)
# for the example articles and book, core's test fixtures, a generated book of 1,000 articles and
# 400 generated hostile articles (benchmarks/read_fuzz_corpus.py).
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
dir=benchmarks/corpus/1000x600
[ -f "$dir/book.yaml" ] || python3 benchmarks/gen_corpus.py "$dir" 1000 --words 600 >/dev/null
inputs=(examples core/src/test/resources "$work/fuzz" "$dir")

java -cp "$base_jar" \
  benchmarks/src/main/java/dev/carepress/benchmarks/ReadDump.java "$work/base.txt" "${inputs[@]}"
java -cp "$jar" dev.carepress.benchmarks.ReadDump "$work/new.txt" "${inputs[@]}"

printf '%s: %s articles and books, %s problems, %s bytes of output\n' "$base" \
  "$(grep -c '^===' "$work/base.txt")" "$(grep -c '^problem' "$work/base.txt")" "$(wc -c <"$work/base.txt")"
if cmp -s "$work/base.txt" "$work/new.txt"; then
  echo "identical: this tree reads every input exactly as $base does"
else
  echo "DIFFERENT from $base:" >&2
  diff "$work/base.txt" "$work/new.txt" | head -40 >&2
  exit 1
fi
