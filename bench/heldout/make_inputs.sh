#!/usr/bin/env bash
# make_inputs.sh OUT_DIR -- render the held-out documents (docs/*/source.txt; HELDOUT_DOCS=DIR for another
# set, e.g. bench/heldout/docs2) into the inputs vbtrack reads:
#   OUT_DIR/<id>/<id>.docx              LibreOffice's Word export of the HTML layout (render_html.py)
#   OUT_DIR/<id>/<id>.text.pdf          LibreOffice's PDF export of that .docx (a text layer)
#   OUT_DIR/<id>/<id>.scan-medium.pdf   300 dpi, rotated 0.8°, blur 0.6, light noise, JPEG q75
#   OUT_DIR/<id>/<id>.scan-hard.pdf     200 dpi, rotated -1.3°, blur 0.8, faded toner, heavy noise and
#                                       speckle, JPEG q50
# Needs: libreoffice-writer (soffice), poppler-utils (pdftoppm), imagemagick, fonts-liberation2, python3.
# ImageMagick runs single-threaded with fixed seeds, so the scans are the same on every run.
set -euo pipefail

usage() { echo "usage: $0 OUT_DIR" >&2; exit 2; }
[[ $# -eq 1 ]] || usage
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd)
docs=$(cd "${HELDOUT_DOCS:-$here/docs}" && pwd)

need() { command -v "$1" >/dev/null || { echo "make_inputs.sh: '$1' not found: install the Debian package $2" >&2; exit 2; }; }
need soffice libreoffice-writer
need pdftoppm poppler-utils
need python3 python3
# /usr/local/bin/convert may be a stand-in; the real ImageMagick 6 lives in /usr/bin.
convert=/usr/bin/convert
[[ -x $convert ]] || { echo "make_inputs.sh: ImageMagick not found: install the Debian package imagemagick" >&2; exit 2; }
# Debian's older fonts-liberation lacks the Vietnamese precomposed letters; LibreOffice would then
# fall back letter by letter to another font and the scans would not look like real ones.
if ! fc-list : file | grep '/liberation2/LiberationSerif-Regular' >/dev/null; then  # not grep -q: fc-list would die of SIGPIPE under pipefail
    echo "make_inputs.sh: Liberation Serif 2 not found: install the Debian package fonts-liberation2" >&2
    exit 2
fi

export MAGICK_THREAD_LIMIT=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private LibreOffice profile: a user's running LibreOffice or another conversion does not interfere.
lo=(soffice "-env:UserInstallation=file://$work/lo-profile" --headless)

ids=()
for src in "$docs"/*/source.txt; do
    id=$(basename "$(dirname "$src")")
    ids+=("$id")
    python3 "$here/render_html.py" "$src" "$work/$id.html"
done

# One LibreOffice start per step for all documents (each start costs seconds).
"${lo[@]}" --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work"/*.html >/dev/null
"${lo[@]}" --convert-to pdf --outdir "$work" "$work"/*.docx >/dev/null

seed_of() { cksum <<<"$1" | cut -d' ' -f1; }

for id in "${ids[@]}"; do
    dir=$out/$id
    mkdir -p "$dir"
    [[ -s $work/$id.docx && -s $work/$id.pdf ]] || { echo "make_inputs.sh: LibreOffice did not convert $id" >&2; exit 1; }
    cp "$work/$id.docx" "$dir/$id.docx"
    cp "$work/$id.pdf" "$dir/$id.text.pdf"
    seed=$(seed_of "$id")

    pdftoppm -r 300 -gray -png "$dir/$id.text.pdf" "$work/$id-m"
    medium=()
    for page in "$work/$id"-m-*.png; do
        jpg=${page%.png}.jpg
        "$convert" "$page" -seed $((seed % 100000 + ${#medium[@]})) \
            -background white -virtual-pixel background -distort SRT 0.8 \
            -blur 0x0.6 -attenuate 0.4 +noise Gaussian -level 0%,92% \
            -colorspace Gray -quality 75 "$jpg"
        medium+=("$jpg")
    done
    python3 "$here/jpeg_pdf.py" 300 "$dir/$id.scan-medium.pdf" "${medium[@]}"

    pdftoppm -r 200 -gray -png "$dir/$id.text.pdf" "$work/$id-h"
    hard=()
    for page in "$work/$id"-h-*.png; do
        jpg=${page%.png}.jpg
        "$convert" "$page" -seed $((seed % 100000 + 50000 + ${#hard[@]})) \
            -background white -virtual-pixel background -distort SRT -1.3 \
            -blur 0x0.8 +level 12%,100% \
            -attenuate 0.7 +noise Gaussian -attenuate 0.08 +noise Impulse \
            -colorspace Gray -quality 50 "$jpg"
        hard+=("$jpg")
    done
    python3 "$here/jpeg_pdf.py" 200 "$dir/$id.scan-hard.pdf" "${hard[@]}"
    echo "$id: $(pdfinfo "$dir/$id.text.pdf" | awk '/^Pages:/ {print $2}') pages"
done
