#!/usr/bin/env bash
# scan_repair.sh BUILD_DIR OUT_DIR DOC_SET... -- what repair does to Tesseract's Vietnamese OCR of scans.
#
# A DOC_SET is a folder of documents, each a folder holding its scans (*.scan-medium.pdf,
# *.scan-hard.pdf) and its gold text (gold.txt, or a held-out document's source.txt); the development
# documents are ../shared/eval/docs, a held-out set is the OUT_DIR of bench/heldout/make_inputs.sh with
# its bench/heldout/docsN beside it (give it as INPUTS:DOCS). Every scan is read once
# (`vbtrack text --raw`, kept in OUT_DIR), then repaired as the pipeline repairs OCR'd pages
# (`vbtrack repair --from-scan`) and as typed text (`vbtrack repair`), and each repair is counted by
# repair_effect.py against the gold text. Prints, per set and kind of repair, the syllables repair fixed,
# broke and left wrong, and lists the broken ones.
set -euo pipefail
[[ $# -ge 3 ]] || { echo "usage: $0 BUILD_DIR OUT_DIR DOC_SET|INPUTS:DOCS..." >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
vbtrack=$(realpath "$1")/pipeline/cli/vbtrack
out=$(mkdir -p "$2" && cd "$2" && pwd)
shift 2
[[ -x $vbtrack ]] || { echo "scan_repair.sh: $vbtrack not found: build vbtrack first" >&2; exit 2; }

for set in "$@"; do
    inputs=${set%%:*}
    docs=${set#*:}
    name=$(basename "$inputs")
    mkdir -p "$out/$name"
    for kind in plain from-scan; do
        flags=()
        [[ $kind == from-scan ]] && flags=(--from-scan)
        for scan in "$inputs"/*/*.scan-medium.pdf "$inputs"/*/*.scan-hard.pdf; do
            [[ -f $scan ]] || continue
            id=$(basename "$(dirname "$scan")")
            gold=$docs/$id/gold.txt
            [[ -f $gold ]] || gold=$docs/$id/source.txt
            raw=$out/$name/$(basename "$scan").txt
            [[ -s $raw ]] || "$vbtrack" text --raw "$scan" > "$raw"
            "$vbtrack" repair "${flags[@]}" "$raw" > "$raw.$kind" 2>/dev/null
            python3 "$here/repair_effect.py" "$gold" "$raw" "$raw.$kind" > "$raw.$kind.effect"
        done
        awk -v set="$name" -v kind="$kind" 'FNR == 1 {right += $2; fixed += $4; broke += $6; wrong += $8}
            END {printf "%s, repair %s: right %d, fixed %d, broke %d, still wrong %d; wrong after repair %d of %d (before %d)\n",
                 set, kind, right, fixed, broke, wrong, broke + wrong, right + fixed + broke + wrong, fixed + wrong}' \
            "$out/$name"/*."$kind".effect
        grep -h BROKE "$out/$name"/*."$kind".effect | sed 's/^/   /' || true
    done
done
