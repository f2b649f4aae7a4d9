#!/bin/sh
# Run every program of every repository once under the tracer, summarise, then delete what they wrote.
# usage: sh _tools/run_all.sh [OUTDIR]   (from /work/blind10e)
set -e
cd "$(dirname "$0")/.."
out=${1:-_tools/traces}
mkdir -p "$out"; out=$(cd "$out" && pwd); rm -f "$out"/*
grep -v '^#' _tools/programs.txt | while IFS='|' read -r repo args; do
  repo=$(echo $repo)
  ( cd "$repo" && git_before=$(find . -type f | sort) && echo "$git_before" > "$out/$repo.before" )
  # shellcheck disable=SC2086
  ( cd "$repo" && python3 ../_tools/asltrace.py . "$out/$repo.jsonl" $args >/dev/null 2>"$out/$repo.stderr" ) \
    || { echo "FAILED: $repo: $args"; cat "$out/$repo.stderr"; exit 1; }
  ( cd "$repo" && find . -type f | sort > "$out/$repo.after" && \
    comm -13 "$out/$repo.before" "$out/$repo.after" | xargs -r rm -f && \
    find . -name __pycache__ -type d -prune -exec rm -rf {} + && find . -type d -empty -delete )
  echo "ran $repo: $args"
done
for f in "$out"/*.jsonl; do
  echo "== $(basename "$f" .jsonl)"
  python3 _tools/summarize.py "$f" --nonblocking RecordingHandler
done
echo "traces in $out"
