#!/usr/bin/env bash
# Reproduces the language-model figures of bench/lm_README.md in one command:
#   bench/lm_accuracy.sh BUILD_DIR        (a build configured with -DVBTRACK_BENCH=ON)
# Builds a model with held-out text left out (laws of 2014, viwiki-08), then
# measures diacritic restoration on the held-out text and on the development
# documents' gold text with marks stripped, the CER of the real OCR inputs
# before and after `vbtrack repair`, model size, build time, load time, memory,
# and the speed of a process's first restore and of repeated ones (as a batch's).
set -euo pipefail
build=$(realpath "${1:?usage: bench/lm_accuracy.sh BUILD_DIR}")
source_dir=$(cd "$(dirname "$0")/.." && pwd)
shared=${VBTRACK_SHARED:-$source_dir/../shared}
if [[ ! -d $shared/corpus/vi-legal ]]; then
    echo "lm_accuracy.sh: $shared/corpus is absent: these figures need the corpus and the eval documents" >&2
    exit 2
fi
cmake --build "$build" --target vbtrack lm_restore_accuracy -j2 >/dev/null
vbtrack=$build/pipeline/cli/vbtrack
accuracy=$build/bench/lm_restore_accuracy
model=$build/lm-heldout.bin

echo "== build (held out: vi-legal/*-2014-*, vi-wiki/viwiki-08)"
/usr/bin/time -f "   %e s wall, %U s user, peak memory %M KB" "$vbtrack" lm build \
    --corpus "$shared/corpus/vi-legal" --corpus "$shared/corpus/vi-wiki" \
    --exclude -2014- --exclude viwiki-08 --order 3 --prune 2 --out "$model"

echo "== restoration of held-out laws (first 300 lines of each)"
/usr/bin/time -f "   peak memory %M KB" "$accuracy" "$model" --repeat 3 --max-lines 300 "$shared"/corpus/vi-legal/*-2014-*.txt
echo "== restoration of held-out Wikipedia (first 3000 lines)"
"$accuracy" "$model" --repeat 3 --max-lines 3000 "$shared/corpus/vi-wiki/viwiki-08.txt"
echo "== restoration of the development documents' gold text"
"$accuracy" "$model" --repeat 9 "$shared"/eval/docs/*/gold.txt
for gold in "$shared"/eval/docs/*/gold.txt; do
    printf '   %-28s ' "$(basename "$(dirname "$gold")")"
    "$accuracy" "$model" "$gold" | awk '{print $2, "syllables", $4}'
done

echo "== CER of the real OCR inputs, before and after vbtrack repair"
for input in "$shared"/eval/docs/*/ocr_input.txt; do
    gold=$(dirname "$input")/gold.txt
    before=$(python3 "$shared/eval/score.py" text "$input" "$gold" | python3 -c 'import json,sys; print(json.load(sys.stdin)["cer"])')
    VBTRACK_LM=$model "$vbtrack" repair "$input" > "$build/lm-repaired.txt"
    after=$(python3 "$shared/eval/score.py" text "$build/lm-repaired.txt" "$gold" | python3 -c 'import json,sys; print(json.load(sys.stdin)["cer"])')
    echo "   $(basename "$(dirname "$input")"): CER $before → $after"
done
