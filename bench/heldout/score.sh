#!/usr/bin/env bash
# score.sh BUILD_DIR -- field accuracy of `vbtrack extract` on the held-out documents (docs/*).
#
# Renders the inputs with make_inputs.sh into a temporary directory, then scores `BUILD_DIR`'s
# `vbtrack extract` on each document's .docx, text PDF, medium scan and hard scan against the
# document's hand-written gold.json (../field_scores.py: the tables), then lists every miss (misses.py).
#
# The scorer is ../shared/eval/score.py (beside the repository; not part of it). Without it the
# script stops with a message: set VBTRACK_SHARED to the folder that holds eval/score.py.
#
# Environment:
#   HELDOUT_INPUTS=DIR   use inputs already made by make_inputs.sh DIR (skips the slow rendering)
#   HELDOUT_RESULTS=DIR  keep the records (<input>.json), scores (<input>.score.json) and stderr there
#   HELDOUT_DOCS=DIR     score another set of documents (default docs/; the others are docs2/, docs3/, docs4/)
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
docs=$(cd "${HELDOUT_DOCS:-$here/docs}" && pwd)
export HELDOUT_DOCS=$docs   # make_inputs.sh renders the same set
shared=${VBTRACK_SHARED:-$here/../../../shared}
export VBTRACK_SHARED=$shared
score_py=$shared/eval/score.py
if [[ ! -f $score_py ]]; then
    echo "score.sh: the scorer $score_py is missing: this benchmark needs ../shared/eval/score.py beside the" \
         "repository (set VBTRACK_SHARED=DIR to the folder that holds eval/score.py)" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs=${HELDOUT_INPUTS:-}
if [[ -z $inputs ]]; then
    inputs=$tmp/inputs
    "$here/make_inputs.sh" "$inputs" >&2
fi
results=${HELDOUT_RESULTS:-$tmp/results}

python3 "$here/../field_scores.py" "$1" "$docs" --inputs "$inputs" --results "$results"
echo
echo "Misses (gold items not found, extracted items matching no gold item, wrong scalars):"
python3 "$here/misses.py" "$score_py" "$results" "$docs"
