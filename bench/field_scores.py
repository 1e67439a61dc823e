#!/usr/bin/env python3
"""Field scores per input kind: runs `vbtrack extract` on every input of every
document and scores each record with ../shared/eval/score.py fields against
the document's gold.json.

    bench/field_scores.py BUILD_DIR [DOCS_DIR] [--inputs DIR] [--results DIR]

DOCS_DIR holds one folder per document with its gold.json (default:
../shared/eval/docs). The inputs are the files named DOC.KIND (e.g.
kh01.scan-hard.pdf), gold.txt and ocr_input.txt in the document's folder, or
in INPUTS/DOC/ when --inputs is given (bench/heldout/make_inputs.sh renders
them there). --results keeps every record (DOC/KIND.json), its scores
(DOC/KIND.score.json) and vbtrack's messages (DOC/KIND.stderr).

Prints one Markdown row per input kind: the mean overall score, each scalar as
right/total, each list as its mean F1; then what the matched items got right,
with the deadlines' responsible bodies, which score.py does not score.
A record that could not be made or scored counts 0 in every column, so a
failure is never hidden by a smaller n; it is also reported on stderr.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("VBTRACK_SHARED", ROOT.parent / "shared"))
SCORE = SHARED / "eval" / "score.py"
SCALARS = ["doc_type", "number_symbol", "issued_date", "place", "signer.name", "issuer", "title"]
LISTS = ["references", "deadlines", "responsible_bodies", "recipients"]
INPUT_SUFFIXES = (".docx", ".doc", ".pdf", ".tif", ".tiff", ".jpg", ".png", ".txt")
# Rows in the order of the pipeline's difficulty; kinds not listed follow, sorted.
KIND_ORDER = ["docx", "text.pdf", "gold.txt", "ocr_input.txt", "scan-clean.tif", "scan-medium.pdf",
              "scan-hard.pdf", "page1-medium.jpg"]


def inputs(docs_dir, inputs_dir):
    for folder in sorted(p for p in docs_dir.iterdir() if (p / "gold.json").exists()):
        where = inputs_dir / folder.name if inputs_dir else folder
        if not where.is_dir():
            print(f"field_scores.py: no inputs for {folder.name} in {where}", file=sys.stderr)
            continue
        for f in sorted(where.iterdir()):
            if f.suffix in INPUT_SUFFIXES:
                kind = f.name[len(folder.name) + 1:] if f.name.startswith(folder.name + ".") else f.name
                yield folder, kind, f


def deadline_bodies(record, gold):
    """(right, matched): the record's deadlines whose text is a gold deadline's text
    (case aside), and of those the ones whose responsible bodies are the gold's (a
    set, case aside). score.py does not score a deadline's bodies; a tracker shows them."""
    norm = lambda bodies: sorted(b.lower() for b in bodies or [])
    golden = collections.defaultdict(list)
    for d in gold.get("deadlines") or []:
        golden[d["text"].lower()].append(norm(d.get("responsible")))
    matched = [d for d in record.get("deadlines") or [] if d.get("text", "").lower() in golden]
    right = sum(norm(d.get("responsible")) in golden[d["text"].lower()] for d in matched)
    return right, len(matched)


def score(vbtrack, results, folder, kind, path):
    """The scores of one input, or None when no record could be made."""
    out = results / folder.name
    out.mkdir(parents=True, exist_ok=True)
    record, scores = out / f"{kind}.json", out / f"{kind}.score.json"
    scores.unlink(missing_ok=True)
    with open(record, "w") as stdout, open(out / f"{kind}.stderr", "w") as stderr:
        extracted = subprocess.run([vbtrack, "extract", str(path)], stdout=stdout, stderr=stderr)
    if extracted.returncode != 0:
        print(f"field_scores.py: vbtrack extract failed on {path} (see {out / kind}.stderr); it scores 0",
              file=sys.stderr)
        return kind, None
    scored = subprocess.run(["python3", str(SCORE), "fields", str(record), str(folder / "gold.json")],
                            capture_output=True, text=True, check=True)
    scores.write_text(scored.stdout)
    result = json.loads(scored.stdout)
    result["deadline_bodies"] = deadline_bodies(json.loads(record.read_text()),
                                                json.loads((folder / "gold.json").read_text()))
    print(f"{folder.name} {kind}: overall {result['overall']:.3f}", file=sys.stderr)
    return kind, result


def print_tables(rows):
    kinds = sorted(rows, key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER), k))
    print("| input | n | overall | " + " | ".join(SCALARS + LISTS) + " |")
    print("|" + "---|" * (3 + len(SCALARS) + len(LISTS)))
    for kind in kinds:
        results = rows[kind]
        n = len(results)
        cells = [f"{sum(r['scalars'][k]['correct'] if r else 0 for r in results)}/{n}" for k in SCALARS]
        cells += [f"{sum(r['lists'][k]['f1'] if r else 0.0 for r in results) / n:.3f}" for k in LISTS]
        overall = sum(r["overall"] if r else 0.0 for r in results) / n
        print(f"| {kind} | {n} | {overall:.3f} | " + " | ".join(cells) + " |")
    # What the matched items got right beyond being found (the scorer's side counts).
    print()
    print("| input | references: date right / matched | deadlines: kind right / matched "
          "| deadlines: date, month_day and offset right / matched | deadlines: responsible bodies right / matched "
          "| responsible (name, role) pairs F1 |")
    print("|---|---|---|---|---|---|")
    for kind in kinds:
        ok = [r for r in rows[kind] if r]
        lists = lambda key, count: sum(r["lists"][key][count] for r in ok)
        pairs = sum(r["lists"]["responsible_bodies"]["name_role_pairs"]["f1"] for r in ok) / len(rows[kind])
        print(f"| {kind} | {lists('references', 'date_correct_of_matched')}/{lists('references', 'matched')} "
              f"| {lists('deadlines', 'kind_correct_of_matched')}/{lists('deadlines', 'matched')} "
              f"| {lists('deadlines', 'when_correct_of_matched')}/{lists('deadlines', 'matched')} "
              f"| {sum(r['deadline_bodies'][0] for r in ok)}/{sum(r['deadline_bodies'][1] for r in ok)} | {pairs:.3f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build_dir", type=pathlib.Path)
    parser.add_argument("docs_dir", type=pathlib.Path, nargs="?", default=SHARED / "eval" / "docs")
    parser.add_argument("--inputs", type=pathlib.Path, help="the inputs are in INPUTS/DOC/ (default: DOCS_DIR/DOC/)")
    parser.add_argument("--results", type=pathlib.Path, help="keep records, scores and messages there")
    args = parser.parse_args()
    if not SCORE.exists():
        sys.exit(f"field_scores.py: needs {SCORE}, the shared evaluation beside the checkout "
                 "(set VBTRACK_SHARED=DIR to the folder that holds eval/score.py)")
    vbtrack = next((str(c) for c in (args.build_dir / "pipeline" / "cli" / "vbtrack", args.build_dir / "vbtrack")
                    if c.is_file()), None)
    if not vbtrack:
        sys.exit(f"field_scores.py: no vbtrack in {args.build_dir}: build the targets 'vbtrack' and "
                 "'vbtrack_lm_model' first")
    with tempfile.TemporaryDirectory() as scratch:
        results = args.results or pathlib.Path(scratch)
        rows = collections.defaultdict(list)
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:
            jobs = [pool.submit(score, vbtrack, results, *a) for a in inputs(args.docs_dir, args.inputs)]
            for job in jobs:
                kind, result = job.result()
                rows[kind].append(result)
    if not rows:
        sys.exit(f"field_scores.py: no inputs found for the documents of {args.docs_dir}")
    print_tables(rows)


if __name__ == "__main__":
    main()
