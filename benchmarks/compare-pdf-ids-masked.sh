#!/usr/bin/env bash
# Like /work/baseline-main/compare.sh (renders the bundled examples and the 200-article corpus with a
# worktree's CLI jar and compares every output with the baseline), but with each PDF's trailer /ID
# (the two 16-byte hex strings) masked: for a change that alters only the document id, this shows
# that every other byte of every output is the same, and counts the PDFs whose /ID differs.
#   bash benchmarks/compare-pdf-ids-masked.sh [WORKTREE] [BASELINE]
#   (defaults: the current directory, /work/baseline-main; build the jar first)
set -uo pipefail
wt=$(cd "${1:-.}" && pwd)
base=${2:-/work/baseline-main}
jar="$wt/cli/target/carepress.jar"
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -o -q -B -DskipTests package -pl cli -am)"; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$wt" && java -jar "$jar" render examples/articles --book examples/book.yaml --out "$tmp/out" >/dev/null 2>"$tmp/err1") || cat "$tmp/err1"
(cd "$base" && java -jar "$jar" render corpus200 --book corpus200/book.yaml --out "$tmp/corpus-out" >/dev/null 2>"$tmp/err2") || cat "$tmp/err2"
python3 - "$base" "$tmp" <<'PY'
import os, re, sys
base, new = sys.argv[1], sys.argv[2]
ID = re.compile(rb"/ID \[<[0-9A-F]{32}><[0-9A-F]{32}>\]")
fail = False
for tree in ("out", "corpus-out"):
    a, b = os.path.join(base, tree), os.path.join(new, tree)
    files = lambda root: sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)
    fa, fb = files(a), files(b)
    if fa != fb:
        fail = True
        print(f"DIFFERENT file lists in {tree}: only in baseline {sorted(set(fa) - set(fb))[:5]}, only in new {sorted(set(fb) - set(fa))[:5]}")
    same = ids = other = 0
    for rel in sorted(set(fa) & set(fb)):
        x, y = open(os.path.join(a, rel), "rb").read(), open(os.path.join(b, rel), "rb").read()
        if x == y:
            same += 1
            continue
        if rel.endswith(".pdf") and len(ID.findall(x)) == 1 and len(ID.findall(y)) == 1 \
                and ID.sub(b"/ID [masked]", x) == ID.sub(b"/ID [masked]", y):
            ids += 1
            continue
        other += 1
        fail = True
        if other <= 10:
            print(f"DIFFERENT beyond the /ID: {tree}/{rel}")
    print(f"{tree}: {len(fb)} files: {same} byte-identical, {ids} PDFs differ only in their /ID, {other} differ otherwise")
sys.exit(1 if fail else 0)
PY
