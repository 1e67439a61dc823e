#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer
# (cmake/sanitizers.cmake), built in build-asan/: a memory error, a leak or
# undefined behaviour in any process the tests start fails the suite. Writes
# nothing outside build-asan/ (and the tests' own temporary folders) but the
# normal build's model in build/, which it uses.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build_dir=$source_dir/build-asan
reports=$build_dir/sanitizer-reports

# The model is the normal build's (build/, made there when missing or stale):
# training it again under the sanitizers took minutes of CI's time, and the
# training code runs under them anyway in the tests, on their small corpus.
# (build.sh installs what is missing first.)
bash scripts/build.sh --target vbtrack_lm_model
cmake -S . -B "$build_dir" -DVBTRACK_SANITIZE=ON -DVBTRACK_BENCH=OFF -DVBTRACK_BUILD_LM=OFF >/dev/null
ln -sfn "$source_dir/build/vbtrack-lm.bin" "$build_dir/vbtrack-lm.bin"

# Every process the tests start inherits these: the vbtrack binary, and the
# children its contained readers fork, whose stderr a test may never show and
# whose failure the parent turns into an ordinary "this file failed". So each
# report goes to a file of its own in $reports (log_path), and any file there
# fails the run, whatever the tests said.
# handle_segv=0: a deliberate crash (the containment tests raise SIGSEGV)
# must stay a signal, as in the normal build, not become an ASan report.
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS=log_path=$reports/asan:halt_on_error=1:detect_leaks=1:handle_segv=0:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=log_path=$reports/ubsan:halt_on_error=1:print_stacktrace=1:report_error_type=1
export LSAN_OPTIONS=suppressions=$source_dir/tests/sanitizers/lsan.supp:print_suppressions=0

# The build runs the test binaries too (gtest_discover_tests lists their tests).
cmake --build "$build_dir" -j"$(nproc)"

status=0
(cd "$build_dir" && ctest --output-on-failure -j"$(nproc)" --timeout 1800) || status=$?

shopt -s nullglob
found=("$reports"/*)
if ((${#found[@]})); then
  echo "test-sanitized: ${#found[@]} sanitizer report(s):" >&2
  for report in "${found[@]}"; do
    echo "---- $report" >&2
    cat "$report" >&2
  done
  status=1
fi
exit "$status"
