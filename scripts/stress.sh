#!/usr/bin/env bash
# Flake hunt: runs the whole test suite N times (default 20) while another process keeps one core busy.
# Usage: scripts/stress.sh [runs]    Exit code: non-zero if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}

dotnet build >/dev/null || { echo "build failed" >&2; exit 1; }

# One core busy for the whole time (a shell spin loop; killed on exit).
( while :; do :; done ) &
spinner=$!
trap 'kill $spinner 2>/dev/null' EXIT

failures=0
for ((i = 1; i <= runs; i++)); do
  log=$(mktemp)
  start=$(date +%s.%N)
  if dotnet test --no-build >"$log" 2>&1; then result=ok; else result=FAILED; failures=$((failures + 1)); fi
  summary=$(grep -oE 'total: [0-9]+|failed: [0-9]+' "$log" | tail -2 | paste -sd' ')
  printf 'run %2d: %-6s %s (%.1f s)\n' "$i" "$result" "$summary" "$(echo "$(date +%s.%N) - $start" | bc)"
  [[ $result == FAILED ]] && grep -E '^failed ' "$log" | head -5
  rm -f "$log"
done

echo "$((runs - failures)) passed, $failures failed (runs of the whole suite with one core busy)"
exit $((failures > 0))
