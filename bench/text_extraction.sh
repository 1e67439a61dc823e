#!/usr/bin/env bash
# Text extraction of the sample .docx and text PDFs: vbtrack against pandoc
# (-t plain) and pdftotext (-layout), on the same files in one run, as a ratio
# of wall time; and text fidelity of each against gold.txt with score.py.
# Usage: bench/text_extraction.sh [REPEATS]   (needs pandoc, poppler-utils; build/ built)
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-5}
vbtrack=build/pipeline/cli/vbtrack
score=../shared/eval/score.py
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

seconds() {  # seconds to run "$@" on every file of the list in $files, $repeats times
  local start end
  start=$(date +%s.%N)
  for ((r = 0; r < repeats; r++)); do for f in $files; do "$@" "$f" >/dev/null; done; done
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

mean_cer() {  # mean CER of the outputs made by "$@" against each file's gold.txt
  [[ -f $score ]] || { echo "n/a (../shared absent)"; return; }
  local total=0 n=0
  for f in $files; do
    "$@" "$f" >"$out/hyp.txt" 2>/dev/null
    cer=$(python3 "$score" text "$out/hyp.txt" "$(dirname "$f")/gold.txt" | python3 -c 'import json,sys; print(json.load(sys.stdin)["cer"])')
    total=$(echo "$total + $cer" | bc -l); n=$((n + 1))
  done
  printf '%.4f%%' "$(echo "100 * $total / $n" | bc -l)"
}

report() {  # name, our command, their command
  local name=$1 ours=$2 theirs=$3
  local t_ours t_theirs
  t_ours=$(seconds $ours)
  t_theirs=$(seconds $theirs)
  printf '%-5s %2d files x %d: vbtrack %.2f s, %s %.2f s, ratio %.1fx; CER vbtrack %s, %s %s\n' \
    "$name" "$(echo $files | wc -w)" "$repeats" "$t_ours" "${theirs%% *}" "$t_theirs" \
    "$(echo "$t_theirs / $t_ours" | bc -l)" "$(mean_cer $ours)" "${theirs%% *}" "$(mean_cer $theirs)"
}

files=$(ls samples/*/*.docx)
report docx "$vbtrack text" "pandoc -t plain"
files=$(ls samples/*/*.text.pdf)
pdftotext_stdout() { pdftotext -layout "$1" -; }
report pdf "$vbtrack text" "pdftotext_stdout"
# A batch as an archivist runs it: 60 distinct .docx (the samples with different zip
# comments) through `vbtrack ingest` (read, repair, extract, store) against pandoc per file.
python3 - "$out/batch" <<'PY'
import glob, sys, zipfile, os
os.makedirs(sys.argv[1])
for n in range(10):
    for path in sorted(glob.glob("samples/*/*.docx")):
        src = zipfile.ZipFile(path)
        name = os.path.join(sys.argv[1], f"{n}-{os.path.basename(path)}")
        with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                dst.writestr(item, src.read(item.filename))
            dst.comment = f"copy {n}".encode()
PY
files=$(ls "$out"/batch/*.docx)
start=$(date +%s.%N)
$vbtrack ingest "$out/batch" --store "sqlite:$out/batch.db" 2>/dev/null || true
t_ingest=$(echo "$(date +%s.%N) - $start" | bc -l)
repeats=1
t_pandoc=$(seconds pandoc -t plain)
printf 'batch %d .docx: vbtrack ingest %.2f s, pandoc per file %.2f s, ratio %.1fx\n' \
  "$(echo $files | wc -w)" "$t_ingest" "$t_pandoc" "$(echo "$t_pandoc / $t_ingest" | bc -l)"

echo "In-process readers (documents per second):"
build/bench/text_extraction_bench --benchmark_min_time=1 2>/dev/null | grep -E '^BM_'
