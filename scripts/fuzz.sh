#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) in
# build-fuzz/ and runs each for SECONDS_PER_TARGET seconds (default 18: the
# ten targets take about 3 minutes together, after the build). Exits non-zero
# when a target finds a crash, a hang, a leak or a broken invariant, and says
# where the input that did it was saved. Writes nothing into the source tree:
# corpora, logs and crash inputs live in build-fuzz/fuzz-run/<target>/.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-18}
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds == 0)); then
    echo "usage: bash scripts/fuzz.sh [SECONDS_PER_TARGET]  (a whole number of seconds, default 18)" >&2
    exit 2
fi
if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh needs clang and libFuzzer: apt-get install clang libclang-rt-14-dev (or bash scripts/install-deps.sh)" >&2
    exit 2
fi

targets=(docx docx_xml normalize_text legacy tokenizer dates number_symbol references deadlines fields)
build=build-fuzz
run_root=$build/fuzz-run

echo "fuzz.sh: building ${#targets[@]} fuzz targets with clang in $build/"
mkdir -p "$run_root"
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DVBTRACK_FUZZ=ON \
    -DBUILD_TESTING=OFF -DVBTRACK_BENCH=OFF >"$run_root/configure.log" 2>&1 ||
    { cat "$run_root/configure.log"; exit 1; }
cmake --build "$build" -j2 --target "${targets[@]/%/_fuzzer}" >"$run_root/build.log" 2>&1 ||
    { tail -50 "$run_root/build.log"; exit 1; }

# Seed inputs that are not in tests/fuzz/seeds: the sample Word files as they
# are, their document.xml and styles.xml packed the way docx_xml reads them, and
# the samples' text for the targets that read whole documents.
seed_from_samples() {
    local target=$1 corpus=$2
    case $target in
        docx) cp samples/*/*.docx "$corpus/" ;;
        references | deadlines | fields)
            for text in samples/*/gold.txt; do cp "$text" "$corpus/$(basename "$(dirname "$text")").txt"; done ;;
        docx_xml)
            python3 - "$corpus" samples/*/*.docx <<'EOF'
import os, sys, zipfile
corpus, files = sys.argv[1], sys.argv[2:]
for path in files:
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        data = package.read("word/document.xml")
        if "word/styles.xml" in names:
            data += b"\0" + package.read("word/styles.xml")
    with open(os.path.join(corpus, os.path.basename(path) + ".xml"), "wb") as out:
        out.write(data)
EOF
            ;;
    esac
}

failed=()
for target in "${targets[@]}"; do
    dir=$run_root/$target
    mkdir -p "$dir/corpus" "$dir/crashes"
    seed_from_samples "$target" "$dir/corpus"
    inputs=("$dir/corpus")  # the first folder is the one libFuzzer adds new inputs to
    for folder in tests/fuzz/seeds/$target tests/fuzz/regressions/$target; do
        [[ -d $folder ]] && inputs+=("$folder")
    done
    dict=tests/fuzz/vietnamese.dict
    case $target in docx) dict= ;; docx_xml) dict=tests/fuzz/docx_xml.dict ;; esac
    printf 'fuzz.sh: %-15s %ss ... ' "$target" "$seconds"
    status=0
    "$build/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$dir/crashes/" ${dict:+-dict="$dict"} "${inputs[@]}" \
        >"$dir/log" 2>&1 || status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$' || true)
    if ((status == 0)); then
        echo "ok (${runs:-?} inputs run)"
    else
        echo "FAILED (exit $status)"
        grep -E 'ERROR|SUMMARY|==[0-9]+==.*(at|in) ' "$dir/log" | head -20 || true
        echo "  log: $dir/log"
        sed -n 's/.*Test unit written to /  input: /p' "$dir/log"
        failed+=("$target")
    fi
done

if ((${#failed[@]})); then
    echo "fuzz.sh: ${#failed[@]} of ${#targets[@]} targets failed: ${failed[*]}"
    echo "  replay one: $build/fuzz/<target>_fuzzer <input>; once fixed, add the input to tests/fuzz/regressions/<target>/"
    exit 1
fi
echo "fuzz.sh: all ${#targets[@]} targets ran ${seconds}s each without a failure"
