#!/usr/bin/env bash
# Carepress and its peers on the same generated corpus, in one run, whole commands (each a fresh
# process), median of REPS runs; prints a table with the ratios and, beside ours, the floor:
#   floor = JVM start (carepress --version) + warm CPU cost of the work x articles / cores
# (for the book: + the book's own render, which is one thread). The warm costs come from
# dev.carepress.benchmarks.WarmCost (one thread, CPU time, after a warm-up pass).
#
#   bash benchmarks/run-peers.sh [N]            (default 1000 articles of about 600 words)
# Environment: REPS (default 3), PEERS_DIR (default /work/shared/bench: run_peers.sh's lib/ and
#   openhtmltopdf/ harness), OHTP_JAR (an openhtmltopdf harness jar, if built).
# Build first: mvn -B -q -DskipTests package -pl cli,benchmarks -am
# Needs: python3, pandoc, GNU time (/usr/bin/time). openhtmltopdf runs only if its harness jar is
# built (it needs io.github.openhtmltopdf from Maven Central); else its row says so.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
REPS=${REPS:-3}
PEERS_DIR=${PEERS_DIR:-/work/shared/bench}
OHTP_JAR=${OHTP_JAR:-$PEERS_DIR/openhtmltopdf/target/peer-openhtmltopdf.jar}
jar=cli/target/carepress.jar
bench=benchmarks/target/benchmarks.jar
for f in "$jar" "$bench"; do
  [ -f "$f" ] || { echo "build first: mvn -B -q -DskipTests package -pl cli,benchmarks -am ($f missing)" >&2; exit 2; }
done
corpus=benchmarks/corpus/${N}x600
[ -f "$corpus/book.yaml" ] || python3 benchmarks/gen_corpus.py "$corpus" "$N" --words 600 >/dev/null
work=$(mktemp -d)
mkdir -p "$work/old"
trap 'rm -rf "$work"' EXIT
cores=$(nproc)

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# time_cmd NAME CMD...: median wall and CPU (user+sys) of REPS runs; the output folder emptied before each
declare -A WALL CPU RSS
time_cmd() {
  local name=$1; shift
  local walls=() cpus=() rsss=() w u s m
  for ((r = 0; r < REPS; r++)); do
    # a fresh output folder; the last one is moved aside, not deleted: on ext4, deleting 1,000
    # files and at once creating 1,000 new ones costs the new run up to a second of system time
    # (inode allocation skips recently deleted inodes), which would land on whichever tool runs next
    [ -d "$work/out" ] && mv "$work/out" "$work/old/$name-$r-$RANDOM"
    mkdir -p "$work/out"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" \
      || { echo "$name failed:" >&2; tail -5 "$work/err" >&2; return 1; }
    read -r w u s m < <(tail -1 "$work/time")
    walls+=("$w"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')"); rsss+=("$m")
  done
  WALL[$name]=$(printf '%s\n' "${walls[@]}" | median)
  CPU[$name]=$(printf '%s\n' "${cpus[@]}" | median)
  RSS[$name]=$(( $(printf '%s\n' "${rsss[@]}" | median | cut -d. -f1) / 1024 ))
  echo "  $name: wall ${WALL[$name]} s, cpu ${CPU[$name]} s, rss ${RSS[$name]} MiB (load $(cut -d' ' -f1 /proc/loadavg))" >&2
}

echo "$(date -u +'%F %H:%M UTC'), $cores cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start," \
  "$N articles, median of $REPS, $(java -version 2>&1 | head -1)"
load_start=$(cut -d' ' -f1 /proc/loadavg)

echo "warm costs (one thread, CPU) ..." >&2
read -r _ _ read_ms _ html_ms _ pdf_ms _ book_ms _ < <(java -cp "$bench" dev.carepress.benchmarks.WarmCost "$corpus" | grep '^WARM')
time_cmd start-launcher cli/carepress --version
time_cmd start-jar java -jar "$jar" --version

echo "ours ..." >&2
time_cmd html-launcher cli/carepress render "$corpus" -f html -o "$work/out" -q
time_cmd html-jar java -jar "$jar" render "$corpus" -f html -o "$work/out" -q
time_cmd pdf-launcher cli/carepress render "$corpus" -f pdf -o "$work/out" -q
time_cmd pdf-jar java -jar "$jar" render "$corpus" -f pdf -o "$work/out" -q
time_cmd epub-launcher cli/carepress book "$corpus/book.yaml" -f epub -o "$work/out" -q
time_cmd epub-jar java -jar "$jar" book "$corpus/book.yaml" -f epub -o "$work/out" -q

echo "peers ..." >&2
files=("$corpus"/*.md)
time_cmd pandoc-html bash -c 'out=$1; shift; for f in "$@"; do b=${f##*/}; pandoc -f gfm -t html5 -s -M lang=en "$f" -o "$out/${b%.md}.html"; done' \
  _ "$work/out" "${files[@]}"
python3 "$PEERS_DIR/lib/book_chapters.py" "$corpus/book.yaml" "$work/ch" >/dev/null
chapters=("$work/ch"/[0-9]*.md)
time_cmd pandoc-epub pandoc -f gfm --file-scope -t epub3 --metadata-file "$work/ch/meta.yaml" -o "$work/out/book.epub" \
  "${chapters[@]}"
ohtp=no
if [ -f "$OHTP_JAR" ]; then
  mkdir -p "$work/html" && for f in "${files[@]}"; do b=${f##*/}; pandoc -f gfm -t html5 -s -M lang=en "$f" -o "$work/html/${b%.md}.html"; done
  fonts=$(dirname "$(fc-match -f '%{file}' 'DejaVu Serif')")
  time_cmd ohtp-pdf java -jar "$OHTP_JAR" --fonts "$fonts" "$work/html" "$work/out" && ohtp=yes
fi

floor() { # start_s per_article_ms [extra_ms] -> seconds
  awk -v s="$1" -v p="$2" -v e="${3:-0}" -v n="$N" -v c="$cores" 'BEGIN {printf "%.2f", s + p * n / c / 1000 + e / 1000}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b / a}'; }
row() { # task ours-key peer-key peer-label floor
  local peer="-" r="-" rc="-"
  if [ -n "$3" ] && [ -n "${WALL[$3]:-}" ]; then
    peer="${WALL[$3]} s, CPU ${CPU[$3]} s ($4)"; r="$(ratio "${WALL[$2]}" "${WALL[$3]}")×"; rc="$(ratio "${CPU[$2]}" "${CPU[$3]}")×"
  fi
  printf '| %s | %s s | %s s | %s MiB | %s | %s | %s | %s s | %s |\n' "$1" "${WALL[$2]}" "${CPU[$2]}" "${RSS[$2]}" "$peer" "$r" "$rc" "$5" \
    "$(awk -v w="${WALL[$2]}" -v f="$5" 'BEGIN {printf "%.1f×", w / f}')"
}

echo
echo "warm, one thread (CPU): read $read_ms ms, HTML page $html_ms ms, PDF handout $pdf_ms ms an article;" \
  "EPUB book of $N: $book_ms ms. JVM start: launcher ${WALL[start-launcher]} s, java -jar ${WALL[start-jar]} s."
echo
echo "| task ($N articles) | ours, wall | ours, CPU | ours, RSS | peer | peer ÷ ours, wall | peer ÷ ours, CPU | floor | ours ÷ floor |"
echo "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |"
fl=$(floor "${WALL[start-launcher]}" "$(awk -v a="$read_ms" -v b="$html_ms" 'BEGIN {print a + b}')")
fj=$(floor "${WALL[start-jar]}" "$(awk -v a="$read_ms" -v b="$html_ms" 'BEGIN {print a + b}')")
row "→ HTML, cli/carepress" html-launcher pandoc-html "pandoc, a process per page" "$fl"
row "→ HTML, java -jar" html-jar pandoc-html "pandoc, a process per page" "$fj"
fl=$(floor "${WALL[start-launcher]}" "$(awk -v a="$read_ms" -v b="$pdf_ms" 'BEGIN {print a + b}')")
fj=$(floor "${WALL[start-jar]}" "$(awk -v a="$read_ms" -v b="$pdf_ms" 'BEGIN {print a + b}')")
if [ "$ohtp" = yes ]; then pk=ohtp-pdf; else pk=""; fi
row "→ PDF handouts, cli/carepress" pdf-launcher "$pk" "openhtmltopdf, one JVM" "$fl"
row "→ PDF handouts, java -jar" pdf-jar "$pk" "openhtmltopdf, one JVM" "$fj"
fl=$(floor "${WALL[start-launcher]}" "$read_ms" "$book_ms")
fj=$(floor "${WALL[start-jar]}" "$read_ms" "$book_ms")
row "→ one EPUB book alone, cli/carepress" epub-launcher pandoc-epub "pandoc, one call" "$fl"
row "→ one EPUB book alone, java -jar" epub-jar pandoc-epub "pandoc, one call" "$fj"
[ "$ohtp" = yes ] || echo "(openhtmltopdf: not run, $OHTP_JAR is not built; it needs io.github.openhtmltopdf from Maven Central)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (at the start: $load_start)"
