#!/usr/bin/env bash
# The main job on the samples: install, build, then `vbtrack ingest samples/`
# into the default store (sqlite:vbtrack.db in this folder) and print the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh --target vbtrack vbtrack_lm_model >/dev/null
exec build/pipeline/cli/vbtrack ingest samples/ "$@"
