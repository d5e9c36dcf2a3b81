#!/usr/bin/env bash
# Builds the CSV fuzz target with clang and runs it for a bounded time on the seed corpus.
# run.sh SOURCE_DIR BUILD_DIR SECONDS
set -euo pipefail
source_dir=$1
build_dir=$2
seconds=$3
if ! command -v clang++ >/dev/null; then
  echo "clang++ is not installed (apt-get install clang): the fuzz target cannot be built" >&2
  exit 1
fi
cmake -S "$source_dir/tests/fuzz" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHOPCRM_SOURCE="$source_dir" >/dev/null
cmake --build "$build_dir" -j1
mkdir -p "$build_dir/corpus"
# Found inputs stay in the build folder's corpus; the seeds are the RFC 4180 edge cases.
ASAN_OPTIONS=detect_leaks=0 "$build_dir/csv_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 "$build_dir/corpus" "$source_dir/tests/fuzz/seeds"
