#!/usr/bin/env bash
# Profiles one whole command with async-profiler (CPU samples, Java and native frames, every
# thread) and prints where its CPU went: each thread's share, then the frames that most samples
# pass through (inclusive), for every thread or one. Interpreted and compiled Java frames are both
# named, which perf alone cannot do for a short run. async-profiler comes from Maven Central
# (tools.profiler:async-profiler, Apache 2.0) into benchmarks/target/async-profiler on first use.
#
# usage: benchmarks/profile.sh [-i INTERVAL] [-t THREAD] [-m MATCH] [-n TOP] -- COMMAND...
#   INTERVAL  sampling interval (default 200us; 1ms for runs of seconds)
#   THREAD    only samples of threads whose name starts so (main, carepress-1, "C1 CompilerThre" ...)
#   MATCH     only frames holding this text (default: carepress, for our own code; '' for all)
#   COMMAND   a java command or the cli/carepress launcher; JAVA_OPTS carries the agent to either
# e.g. benchmarks/profile.sh -t main -- cli/carepress render benchmarks/corpus/1000x600 -f html -o /tmp/o -q
# The folded stacks stay in benchmarks/target/profile.collapsed (one line a stack, for flame graphs).
set -euo pipefail
cd "$(dirname "$0")/.."
interval=200us thread= match=carepress top=40
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case $1 in
    -i) interval=$2; shift 2 ;;
    -t) thread=$2; shift 2 ;;
    -m) match=$2; shift 2 ;;
    -n) top=$2; shift 2 ;;
    *) echo "usage: $0 [-i INTERVAL] [-t THREAD] [-m MATCH] [-n TOP] -- COMMAND..." >&2; exit 2 ;;
  esac
done
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: $0 [-i INTERVAL] [-t THREAD] [-m MATCH] [-n TOP] -- COMMAND..." >&2; exit 2; }
dir=benchmarks/target/async-profiler
lib=$dir/linux-x64/libasyncProfiler.so
if [ ! -f "$lib" ]; then
  mkdir -p "$dir"
  mvn -q -B dependency:copy -Dartifact=tools.profiler:async-profiler:3.0:jar:linux-x64 -DoutputDirectory="$dir" >&2
  (cd "$dir" && unzip -q -o async-profiler-3.0-linux-x64.jar 'linux-x64/*')
fi
out=benchmarks/target/profile.collapsed
rm -f "$out"
JAVA_OPTS="${JAVA_OPTS:-} -agentpath:$PWD/$lib=start,event=cpu,interval=$interval,threads,collapsed,file=$PWD/$out" \
  "$@" >/dev/null
python3 - "$out" "$thread" "$match" "$top" <<'EOF'
import collections, sys
path, thread, match, top = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
threads, frames, total = collections.Counter(), collections.Counter(), 0
for line in open(path):
    stack, n = line.rsplit(' ', 1)
    n, parts = int(n), stack.split(';')
    name = parts[0].strip('[').split(' tid=')[0]
    threads[name] += n
    if thread and not name.startswith(thread):
        continue
    total += n
    for frame in set(parts[1:]):
        if match in frame:
            frames[frame] += n
all_samples = sum(threads.values())
print(f'{all_samples} samples; by thread:')
for name, n in threads.most_common(12):
    print(f'  {n:7d} {100 * n / all_samples:5.1f} %  {name}')
print(f'frames{" of " + thread if thread else ""} holding "{match}", inclusive ({total} samples):')
for frame, n in frames.most_common(top):
    print(f'  {n:7d} {100 * n / max(total, 1):5.1f} %  {frame}')
EOF
