#!/bin/sh
# CER and syllable WER of the ocr stage against the gold text, side by side with
# the tesseract CLI (-l vie, default settings) on the same pages, for the clean,
# medium and hard scans of /work/shared/eval/docs (or $VBTRACK_SHARED/eval/docs).
#
#   bench/ocr_quality.sh BUILD_DIR [OUTDIR] [LEVELS]     LEVELS default: "clean medium hard"
set -eu
build=${1:?usage: ocr_quality.sh BUILD_DIR [OUTDIR] [LEVELS]}
out=${2:-/tmp/vbtrack-ocr-quality}
levels=${3:-clean medium hard}
shared=${VBTRACK_SHARED:-$(dirname "$0")/../../shared}
docs=$shared/eval/docs
score=$shared/eval/score.py
[ -d "$docs" ] || { echo "no eval documents at $docs: set VBTRACK_SHARED" >&2; exit 2; }
mkdir -p "$out"

scan_of() {  # document folder, level -> scan file
    case $2 in
        clean) echo "$1/$(basename "$1").scan-clean.tif" ;;
        *) echo "$1/$(basename "$1").scan-$2.pdf" ;;
    esac
}

# tesseract CLI page by page: PDF pages rasterized by pdftoppm at 300 dpi, TIFF pages split by tesseract itself.
tesseract_text() {  # scan, workdir -> text on stdout
    rm -rf "$2" && mkdir -p "$2"
    case $1 in
        *.pdf) pdftoppm -r 300 -gray -png "$1" "$2/page"
               for p in "$2"/page*.png; do OMP_THREAD_LIMIT=1 tesseract "$p" - -l vie 2>/dev/null; done ;;
        *) OMP_THREAD_LIMIT=1 tesseract "$1" - -l vie 2>/dev/null ;;
    esac
}

printf '%-28s %-7s %8s %8s %8s %8s\n' document level cer_vbt cer_tess wer_vbt wer_tess
for level in $levels; do
    for d in "$docs"/*/; do
        d=${d%/}; id=$(basename "$d"); scan=$(scan_of "$d" "$level")
        "$build/bench/ocr_bench" "$out/vbtrack-$level" "$scan" > /dev/null
        # The CLI's output depends only on the scan: kept from an earlier run in the same OUTDIR.
        [ -s "$out/tesseract-$level-$id.txt" ] || tesseract_text "$scan" "$out/work" > "$out/tesseract-$level-$id.txt"
        v=$(python3 "$score" text "$out/vbtrack-$level/$(basename "$scan").txt" "$d/gold.txt")
        t=$(python3 "$score" text "$out/tesseract-$level-$id.txt" "$d/gold.txt")
        get() { echo "$1" | python3 -c "import json,sys; print('%.4f' % json.load(sys.stdin)['$2'])"; }
        printf '%-28s %-7s %8s %8s %8s %8s\n' "$id" "$level" "$(get "$v" cer)" "$(get "$t" cer)" "$(get "$v" wer)" "$(get "$t" wer)"
    done
done
