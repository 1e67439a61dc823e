#!/usr/bin/env python3
"""table.py RESULTS_DIR -- the held-out field-score table from RESULTS_DIR/<id>/<input>.score.json.

One row per input kind (docx, text.pdf, scan-medium, scan-hard): the number of documents, the mean
`overall`, each scalar field as correct/n and each list field as its mean F1 (the layout of the
field table in the repository README), then a second table of what the matched items got right
(reference dates, deadline kinds and dates, responsible (name, role) pairs). A record that could not be scored (extract failed) counts
as 0 in every column, so a failure is never hidden by a smaller n.
"""
import glob
import json
import os
import sys

INPUTS = ("docx", "text.pdf", "scan-medium.pdf", "scan-hard.pdf")
SCALARS = ("doc_type", "number_symbol", "issued_date", "place", "signer.name", "issuer", "title")
LISTS = ("references", "deadlines", "responsible_bodies", "recipients")


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: table.py RESULTS_DIR")
    root = sys.argv[1]
    docs = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    print("| input | n | overall | " + " | ".join(SCALARS + LISTS) + " |")
    print("|" + "---|" * (3 + len(SCALARS) + len(LISTS)))
    details = []
    for kind in INPUTS:
        rows = []
        for d in docs:
            path = os.path.join(root, d, kind + ".score.json")
            try:
                with open(path, encoding="utf-8") as f:
                    rows.append(json.load(f))
            except (OSError, ValueError):
                rows.append(None)     # extract or scoring failed: zero everywhere
        if not rows:
            continue
        n = len(rows)
        overall = sum(r["overall"] if r else 0.0 for r in rows) / n
        cells = ["%d/%d" % (sum(r["scalars"][k]["correct"] if r else 0 for r in rows), n) for k in SCALARS]
        cells += ["%.3f" % (sum(r["lists"][k]["f1"] if r else 0.0 for r in rows) / n) for k in LISTS]
        print("| %s | %d | %.3f | %s |" % (label(kind), n, overall, " | ".join(cells)))
        details.append((kind, rows))
    # What the matched items got right beyond being found (the scorer's side counts).
    print()
    print("| input | references: date right / matched | deadlines: kind right / matched "
          "| deadlines: date, month_day and offset right / matched | responsible (name, role) pairs F1 |")
    print("|---|---|---|---|---|")
    for kind, rows in details:
        ok = [r for r in rows if r]
        refs = (sum(r["lists"]["references"]["date_correct_of_matched"] for r in ok),
                sum(r["lists"]["references"]["matched"] for r in ok))
        kinds = (sum(r["lists"]["deadlines"]["kind_correct_of_matched"] for r in ok),
                 sum(r["lists"]["deadlines"]["matched"] for r in ok))
        whens = (sum(r["lists"]["deadlines"]["when_correct_of_matched"] for r in ok), kinds[1])
        pairs = sum(r["lists"]["responsible_bodies"]["name_role_pairs"]["f1"] if r else 0.0 for r in rows) / len(rows)
        print("| %s | %d/%d | %d/%d | %d/%d | %.3f |" % (label(kind), *refs, *kinds, *whens, pairs))


def label(kind):
    return kind if kind == "text.pdf" else kind.replace(".pdf", "")


if __name__ == "__main__":
    main()
