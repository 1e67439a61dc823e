#!/usr/bin/env python3
"""Field scores per input kind: runs `vbtrack extract` on every input of every
document folder (a folder holds gold.json and inputs named DOC.KIND, e.g.
kh01.scan-hard.pdf, plus gold.txt and ocr_input.txt) and scores each record
with ../shared/eval/score.py fields against the folder's gold.json.

    bench/field_scores.py BUILD_DIR [DOCS_DIR]    (DOCS_DIR: ../shared/eval/docs)

Prints one Markdown row per input kind: the mean overall score, each scalar
as right/total, each list as its mean F1.
"""
import collections
import concurrent.futures
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
SCALARS = ["doc_type", "number_symbol", "issued_date", "place", "signer.name", "issuer", "title"]
LISTS = ["references", "deadlines", "responsible_bodies", "recipients"]
INPUT_SUFFIXES = (".docx", ".doc", ".pdf", ".tif", ".tiff", ".jpg", ".png", ".txt")


def inputs(docs_dir):
    for folder in sorted(p for p in docs_dir.iterdir() if (p / "gold.json").exists()):
        for f in sorted(folder.iterdir()):
            if f.suffix in INPUT_SUFFIXES:
                kind = f.name[len(folder.name) + 1:] if f.name.startswith(folder.name + ".") else f.name
                yield folder, kind, f


def score(vbtrack, folder, kind, path):
    extracted = subprocess.run([vbtrack, "extract", str(path)], capture_output=True, text=True)
    if extracted.returncode != 0:
        sys.exit(f"vbtrack extract {path} failed: {extracted.stderr.strip()}")
    with tempfile.NamedTemporaryFile("w", suffix=".json") as record:
        record.write(extracted.stdout)
        record.flush()
        scored = subprocess.run(["python3", str(SCORE), "fields", record.name, str(folder / "gold.json")],
                                capture_output=True, text=True, check=True)
    return kind, json.loads(scored.stdout)


def value(result, key):
    v = result["scalars"].get(key) or result["lists"].get(key)
    if isinstance(v, dict):
        v = v.get("f1", v.get("correct"))
    return v or 0


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    if not SCORE.exists():
        sys.exit(f"needs {SCORE} (the shared evaluation beside the checkout)")
    vbtrack = str(pathlib.Path(sys.argv[1]) / "pipeline" / "cli" / "vbtrack")
    docs_dir = pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else ROOT.parent / "shared" / "eval" / "docs"
    rows = collections.defaultdict(list)
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:
        for kind, result in pool.map(lambda a: score(vbtrack, *a), inputs(docs_dir)):
            rows[kind].append(result)
    print("| input | n | overall | " + " | ".join(SCALARS + LISTS) + " |")
    print("|" + "---|" * (3 + len(SCALARS) + len(LISTS)))
    for kind, results in sorted(rows.items()):
        n = len(results)
        cells = [f"{sum(1 for r in results if value(r, k) == 1)}/{n}" for k in SCALARS]
        cells += [f"{sum(value(r, k) for r in results) / n:.3f}" for k in LISTS]
        overall = sum(r["overall"] for r in results) / n
        print(f"| {kind} | {n} | {overall:.3f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
