#!/usr/bin/env bash
# score.sh BUILD_DIR -- field accuracy of `vbtrack extract` on the held-out documents (docs/*).
#
# Renders the inputs with make_inputs.sh into a temporary directory, runs `BUILD_DIR/vbtrack extract`
# on each document's .docx, text PDF, medium scan and hard scan, scores every record against the
# document's hand-written gold.json with the project's scorer, and prints the table (table.py).
#
# The scorer is ../shared/eval/score.py (beside the repository; not part of it). Without it the
# script stops with a message: set VBTRACK_SHARED to the folder that holds eval/score.py.
#
# Environment:
#   HELDOUT_INPUTS=DIR   use inputs already made by make_inputs.sh DIR (skips the slow rendering)
#   HELDOUT_RESULTS=DIR  keep the records (<input>.json), scores (<input>.score.json) and stderr there
#   HELDOUT_DOCS=DIR     score another set of documents (default docs/; the second set is docs2/)
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
docs=$(cd "${HELDOUT_DOCS:-$here/docs}" && pwd)
export HELDOUT_DOCS=$docs   # make_inputs.sh renders the same set
vbtrack=
for candidate in "$build/pipeline/cli/vbtrack" "$build/vbtrack"; do
    [[ -x $candidate ]] && { vbtrack=$candidate; break; }
done
[[ -n $vbtrack ]] || { echo "score.sh: no vbtrack in $build: build the targets 'vbtrack' and 'vbtrack_lm_model' first" >&2; exit 2; }

shared=${VBTRACK_SHARED:-$here/../../../shared}
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

for gold in "$docs"/*/gold.json; do
    id=$(basename "$(dirname "$gold")")
    mkdir -p "$results/$id"
    for kind in docx text.pdf scan-medium.pdf scan-hard.pdf; do
        file=$inputs/$id/$id.$kind
        record=$results/$id/$kind.json
        rm -f "$results/$id/$kind.score.json"
        if [[ ! -f $file ]]; then
            echo "score.sh: $file is missing (make_inputs.sh failed?)" >&2
            continue
        fi
        start=$(date +%s)
        if "$vbtrack" extract "$file" >"$record" 2>"$results/$id/$kind.stderr"; then
            python3 "$score_py" fields "$record" "$gold" --label "$id/$kind" >"$results/$id/$kind.score.json"
            echo "$id $kind: overall $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["overall"])' \
                 "$results/$id/$kind.score.json") ($(( $(date +%s) - start )) s)" >&2
        else
            echo "score.sh: vbtrack extract failed on $file (see $results/$id/$kind.stderr); it scores 0" >&2
        fi
    done
done

python3 "$here/table.py" "$results"
echo
echo "Misses (gold items not found, extracted items matching no gold item, wrong scalars):"
python3 "$here/misses.py" "$score_py" "$results" "$docs"
