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
GEN=${CORPUS_GENERATOR:-}
if [ -z "$GEN" ]; then
  d=$PWD
  while [ "$d" != / ]; do [ -f "$d/shared/bench/gen_corpus.py" ] && GEN=$d/shared/bench/gen_corpus.py && break; d=$(dirname "$d"); done
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for n in "${@:-100 1000}"; do
  for count in $n; do
    dir=benchmarks/corpus/$count
    [ -f "$dir/book.yaml" ] || python3 "${GEN:?shared/bench/gen_corpus.py not found; set CORPUS_GENERATOR}" "$dir" "$count" >/dev/null
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
