#!/usr/bin/env bash
# What a batch's Word files teach the restoration of its other texts: each
# development document's English-model OCR text (ocr_input.txt) is ingested
# alone, with the other documents' Word files (other issuers), and with its own
# Word file (the same document as its draft, as archives often keep both), and
# the stored text is scored against the gold text (score.py text).
#   bench/batch_vocabulary.sh BUILD_DIR
set -euo pipefail
build=$(realpath "${1:?usage: bench/batch_vocabulary.sh BUILD_DIR}")
eval_dir=$(realpath "${VBTRACK_SHARED:-$(dirname "$0")/../../shared}")/eval
[ -f "$eval_dir/score.py" ] || { echo "needs ../shared/eval (or VBTRACK_SHARED=DIR)" >&2; exit 1; }
vbtrack=$build/pipeline/cli/vbtrack
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "| document | teaching Word files | CER | syllable WER |"
echo "|---|---|---|---|"
for doc_dir in "$eval_dir"/docs/*/; do
  doc=$(basename "$doc_dir")
  [ -f "$doc_dir/ocr_input.txt" ] || continue
  for teachers in none others own; do
    batch=$work/$doc-$teachers
    mkdir -p "$batch"
    cp "$doc_dir/ocr_input.txt" "$batch/"
    case $teachers in
      own) cp "$doc_dir/$doc.docx" "$batch/" ;;
      others) for other in "$eval_dir"/docs/*/; do
                [ "$other" = "$doc_dir" ] || cp "$other/$(basename "$other").docx" "$batch/"
              done ;;
    esac
    "$vbtrack" ingest "$batch" --store "sqlite:$batch.db" >/dev/null 2>&1
    sqlite3 "$batch.db" "SELECT json_extract(record, '\$.text') FROM documents WHERE path LIKE '%ocr_input.txt'" \
      > "$batch.txt"
    python3 "$eval_dir/score.py" text "$batch.txt" "$doc_dir/gold.txt" |
      python3 -c "import json, sys; r = json.load(sys.stdin); print(f\"| $doc | $teachers | {r['cer']:.4f} | {r['wer']:.4f} |\")"
  done
done
