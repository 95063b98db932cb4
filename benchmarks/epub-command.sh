#!/usr/bin/env bash
# Whole-command timing of the EPUB renderer: read book.yaml + N generated articles and write the
# e-book, in a fresh JVM each run (start-up included), with -Xmx256m. Prints every run and the median.
#   benchmarks/epub-command.sh [ARTICLES...]        (default: 100 1000; 5 runs each)
# Needs: mvn -B -q -pl benchmarks -am package -DskipTests (builds benchmarks/target/benchmarks.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
RUNS=${RUNS:-5}
[ -f "$JAR" ] || { echo "build first: mvn -B -q -pl benchmarks -am package -DskipTests" >&2; exit 2; }
GEN=${CORPUS_GENERATOR:-benchmarks/gen_corpus.py}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for n in "${@:-100 1000}"; do
  for count in $n; do
    dir=benchmarks/corpus/${count}x600
    [ -f "$dir/book.yaml" ] || python3 "$GEN" "$dir" "$count" --words 600 >/dev/null
    times=()
    for run in $(seq 1 "$RUNS"); do
      /usr/bin/time -f '%e %M %U %S' -o "$OUT/time" \
        java -Xmx256m -cp "$JAR" dev.carepress.benchmarks.EpubBookCommand "$dir/book.yaml" "$OUT/book.epub" 2>"$OUT/err" \
        || { cat "$OUT/err" >&2; exit 1; }
      read -r wall rss user sys < "$OUT/time"
      cpu=$(echo "$user + $sys" | bc)
      echo "articles=$count run=$run wall_s=$wall cpu_s=$cpu rss_mb=$((rss / 1024)) $(grep -v '^Command' "$OUT/err" | tail -1)"
      times+=("$wall")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
    echo "articles=$count median_wall_s=$median"
  done
done
