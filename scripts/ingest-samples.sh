#!/usr/bin/env bash
# The main job on the samples: install, build, then `vbtrack ingest samples/`
# into the default store (sqlite:vbtrack.db in this folder) and print the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "ingest-samples: building vbtrack and its language model (the first time takes about 15 minutes on 2 cores)…" >&2
bash scripts/build.sh --target vbtrack vbtrack_lm_model >/dev/null
exec build/pipeline/cli/vbtrack ingest samples/ "$@"
