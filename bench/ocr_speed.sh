#!/bin/sh
# Pages per second of the ocr stage on a folder of scanned PDFs, against the
# tesseract CLI run page by page (pages rasterized by pdftoppm at 300 dpi) and
# against OCRmyPDF, all with the `vie` model; wall time, CPU time and peak
# memory (largest RSS of one process) of each. Default: the medium scans of the eval set.
#
#   bench/ocr_speed.sh BUILD_DIR [JOBS] [PDF...]
set -eu

# Internal entry points, run under /usr/bin/time by `measure` below.
case ${1:-} in
    _tesseract)  # sequential: one tesseract process per page
        work=$2; shift 2
        for pdf in "$@"; do
            rm -f "$work"/page*.png
            pdftoppm -r 300 -gray -png "$pdf" "$work/page"
            for page in "$work"/page*.png; do tesseract "$page" - -l vie > /dev/null 2>&1; done
        done
        exit 0 ;;
    _ocrmypdf)  # one file after another; OCRmyPDF itself uses every core
        work=$2; shift 2
        for pdf in "$@"; do ocrmypdf -q -l vie --force-ocr "$pdf" "$work/out.pdf"; done
        exit 0 ;;
esac

build=${1:?usage: ocr_speed.sh BUILD_DIR [JOBS] [PDF...]}
jobs=${2:-$(nproc)}
shift $(( $# >= 2 ? 2 : 1 ))
shared=${VBTRACK_SHARED:-$(dirname "$0")/../../shared}
[ $# -gt 0 ] || set -- "$shared"/eval/docs/*/*.scan-medium.pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pages=0
for pdf in "$@"; do pages=$((pages + $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}'))); done
echo "files: $#  pages: $pages  jobs: $jobs  cores: $(nproc)  load before: $(cut -d' ' -f1-3 /proc/loadavg)"

measure() {  # LABEL COMMAND...: wall, CPU (user+sys of the whole tree), pages/s, peak RSS
    label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; return 1; }
    set -- $(cat "$work/time")
    printf '%-46s %7.1f s wall %7.1f s cpu %6.3f pages/s %5d MB peak\n' "$label" "$1" "$(echo "$2 + $3" | bc)" \
        "$(echo "scale=3; $pages / $1" | bc)" "$(( $4 / 1024 ))"
}

measure "vbtrack ocr stage, --jobs $jobs, OpenMP off" env OMP_THREAD_LIMIT=1 "$build/bench/ocr_bench" --jobs "$jobs" "$work/vbtrack" "$@"
measure "vbtrack, --jobs $jobs, contained child per file" env OMP_THREAD_LIMIT=1 "$build/bench/ocr_bench" --jobs "$jobs" --isolated "$work/vbtrack" "$@"
measure "vbtrack ocr stage, --jobs $jobs, OpenMP on" "$build/bench/ocr_bench" --jobs "$jobs" "$work/vbtrack" "$@"
measure "tesseract CLI page by page, OpenMP on" "$0" _tesseract "$work" "$@"
measure "tesseract CLI page by page, OpenMP off" env OMP_THREAD_LIMIT=1 "$0" _tesseract "$work" "$@"
if command -v ocrmypdf > /dev/null; then
    measure "ocrmypdf -l vie --force-ocr, file by file" "$0" _ocrmypdf "$work" "$@"
else
    echo "ocrmypdf: not installed (apt-get install ocrmypdf)"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
