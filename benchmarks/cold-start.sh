#!/usr/bin/env bash
# Whole-command timings of the carepress CLI, each a fresh JVM (a cold start), median of N runs:
#   1. one example article to HTML through the cli/carepress launcher (AppCDS archive + C1 JIT),
#   2. the same through plain `java -jar cli/target/carepress.jar`,
#   3. one handout to PDF through the launcher (the largest example, type-2-diabetes; the aim of
#      issue 18 is under 0.5 s wall for every example),
#   4. every example article in every format, the site and the book, through the launcher.
# Wall time is what a user waits; user+sys is the CPU spent (the figure that does not depend on what
# else the machine is doing). Build first: mvn -B -q -DskipTests package
#
# usage: benchmarks/cold-start.sh [RUNS]   (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=cli/target/carepress.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() { # name, command...
  local name=$1; shift
  local walls=() cpus=()
  "$@" >/dev/null 2>&1 || true # one untimed run: the OS file cache, not the JVM, is warmed
  for ((i = 0; i < runs; i++)); do
    rm -rf "$out"/*
    local t
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
    walls+=("$(echo "$t" | awk '{print $1}')")
    cpus+=("$(echo "$t" | awk '{printf "%.3f", $2 + $3}')")
  done
  printf '%-44s wall median %6.2f s (min %.2f, max %.2f)   user+sys median %6.2f s\n' "$name" \
    "$(printf '%s\n' "${walls[@]}" | median)" \
    "$(printf '%s\n' "${walls[@]}" | sort -n | head -1)" "$(printf '%s\n' "${walls[@]}" | sort -n | tail -1)" \
    "$(printf '%s\n' "${cpus[@]}" | median)"
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $runs runs each"
[ -f cli/target/carepress.jsa ] || echo "note: no cli/target/carepress.jsa (class-data archive); the launcher runs without it"
measure "1 article -> HTML (cli/carepress)" cli/carepress render examples/articles/hand-washing.md -f html -o "$out" -q
measure "1 article -> HTML (java -jar)" java -jar "$jar" render examples/articles/hand-washing.md -f html -o "$out" -q
measure "1 handout -> PDF (cli/carepress)" cli/carepress render examples/articles/type-2-diabetes.md -f pdf -o "$out" -q
measure "6 articles + book -> all formats (cli/carepress)" \
  cli/carepress render examples/articles --book examples/book.yaml -o "$out" -q
