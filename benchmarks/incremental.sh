#!/usr/bin/env bash
# Incremental runs of a generated site, whole commands through the cli/carepress launcher, each a
# fresh JVM: after one full --incremental run of COUNT articles, the median of RUNS runs each of
#   "nothing changed", "one body changed" (a sentence added to one article each run) and
#   "one title changed" (one article's title changed each run),
# for -f html (the site), -f pdf (handouts) and both together; then checks that the output folder
# holds exactly the files of a full run. Wall time is what a user waits; user+sys is the CPU spent
# (steadier on a busy machine). Build first: mvn -B -q -DskipTests package
#
# usage: benchmarks/incremental.sh [COUNT] [RUNS]   (defaults 1000 and 5)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
runs=${2:-5}
cli=${CAREPRESS:-cli/carepress}   # another launcher: CAREPRESS=path/to/carepress
[ -f cli/target/carepress.jar ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
corpus=benchmarks/corpus/${count}x600
[ -d "$corpus" ] || python3 benchmarks/gen_corpus.py "$corpus" "$count" --words 600 >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# times: prints "wall cpu" of one run of the command
timed() {
  local t
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
  echo "$t" | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)," \
  "$count articles, median of $runs runs, $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '| formats | case | wall (median) | user+sys (median) |\n| --- | --- | --- | --- |\n'
for formats in "html" "pdf" "html pdf"; do
  name=${formats// /+}
  articles=$work/articles-$name
  mkdir -p "$articles"
  cp "$corpus"/*.md "$articles"/
  changed=$(ls "$articles"/*.md | sed -n "$(( (count + 1) / 2 ))p")
  out=$work/out-$name
  flags=()
  for f in $formats; do flags+=(-f "$f"); done
  command=("$cli" render "$articles" "${flags[@]}" -o "$out" -q --incremental)
  read -r wall cpu < <(timed "${command[@]}")
  printf '| %s | first, full run | %.2f s | %.2f s |\n' "$name" "$wall" "$cpu"
  for case in "nothing changed" "one body changed" "one title changed"; do
    walls=() cpus=()
    for ((i = 1; i <= runs; i++)); do
      case $case in
        "one body changed") printf '\nA sentence added for run %s of %s.\n' "$i" "$RANDOM" >>"$changed" ;;
        "one title changed") sed -i "s/^title: .*/title: A changed title $i $RANDOM/" "$changed" ;;
      esac
      read -r wall cpu < <(timed "${command[@]}")
      walls+=("$wall")
      cpus+=("$cpu")
    done
    printf '| %s | %s | %.2f s | %.2f s |\n' "$name" "$case" \
      "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)"
  done
  full=$work/full-$name
  "$cli" render "$articles" "${flags[@]}" -o "$full" -q >/dev/null 2>&1 || true
  if diff -r -q -x .carepress-manifest "$out" "$full" >/dev/null; then
    echo "  ($name: the incremental output is the full run's, file for file and byte for byte)" >&2
  else
    echo "  ($name: the incremental output DIFFERS from a full run's)" >&2
  fi
  rm -rf "$full"
done
