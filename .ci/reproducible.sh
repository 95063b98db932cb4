#!/usr/bin/env bash
# Builds the same commit twice from clean and checks that every jar is byte-identical
# (project.build.outputTimestamp fixes the entries' times; nothing else may vary).
set -euo pipefail
cd "$(dirname "$0")/.."
sums() {
  find . -path '*/node_modules' -prune -o -path '*/target/*.jar' -print | grep -v '/target/it' | sort | xargs sha256sum
}
build() {
  mvn -B -q clean package -DskipTests -Dcarepress.cds.skip=true >/dev/null
  sums > "$1"
}
first=$(mktemp) second=$(mktemp)
trap 'rm -f "$first" "$second"' EXIT
build "$first"
build "$second"
count=$(wc -l < "$first")
if ! diff "$first" "$second"; then
  echo "reproducible build: FAILED, the jars above differ between two builds of the same commit" >&2
  exit 1
fi
echo "reproducible build: $count jars byte-identical across two clean builds"
