#!/usr/bin/env python3
"""misses.py SCORE_PY RESULTS_DIR DOCS_DIR -- every miss behind the held-out table, one line each.

For each document and input kind it prints the scalar fields that were wrong (gold vs extracted)
and, for the list fields, the gold items nobody matched (MISSED) and the extracted items that
matched no gold item (EXTRA), using the matching rules of the project's scorer (SCORE_PY is
imported, so the lines agree with the scores).
"""
import importlib.util
import json
import os
import sys

INPUTS = ("docx", "text.pdf", "scan-medium.pdf", "scan-hard.pdf")


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unmatched(sc, gold, hyp, score_fn, show):
    matched = sc.greedy(gold, hyp, score_fn)
    mg = {g for g, _ in matched}
    mh = {h for _, h in matched}
    return ([show(x) for i, x in enumerate(gold) if i not in mg],
            [show(x) for i, x in enumerate(hyp) if i not in mh])


def list_misses(sc, gold, hyp):
    def lst(d, k):
        v = d.get(k) if isinstance(d, dict) else None
        return v if isinstance(v, list) else []

    def refsym(x):
        return sc.nsym(x.get("number_symbol") if isinstance(x, dict) else x) if x is not None else None

    out = {}
    out["references"] = unmatched(
        sc, lst(gold, "references"), lst(hyp, "references"),
        lambda a, b: 1.0 if refsym(b) is not None and refsym(a) == refsym(b) else None,
        lambda x: x.get("number_symbol") if isinstance(x, dict) else x)
    hyp_deadlines = [{"text": x} if isinstance(x, str) else x for x in lst(hyp, "deadlines")]
    out["deadlines"] = unmatched(
        sc, lst(gold, "deadlines"), hyp_deadlines, sc.deadline_score,
        lambda x: "%r %s %s" % (x.get("text"), x.get("kind"), x.get("date") or x.get("month_day") or
                                 (x.get("offset") or {}).get("days")))

    def distinct(xs):
        seen, names = set(), []
        for x in xs:
            k = sc.norm(sc.name_of(x)) or ""
            if k not in seen:
                seen.add(k)
                names.append(sc.name_of(x))
        return names

    close = lambda a, b: (lambda s: s if s >= 0.9 else None)(sc.sim(a, b))
    out["responsible_bodies"] = unmatched(sc, distinct(lst(gold, "responsible_bodies")),
                                          distinct(lst(hyp, "responsible_bodies")), close, str)
    out["recipients"] = unmatched(sc, lst(gold, "recipients"), lst(hyp, "recipients"),
                                  lambda a, b: close(sc.name_of(a), sc.name_of(b)), lambda x: sc.name_of(x))
    return out


def main():
    if len(sys.argv) != 4:
        raise SystemExit("usage: misses.py SCORE_PY RESULTS_DIR DOCS_DIR")
    sc = load_scorer(sys.argv[1])
    results, docs = sys.argv[2], sys.argv[3]
    for doc in sorted(os.listdir(results)):
        with open(os.path.join(docs, doc, "gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        for kind in INPUTS:
            path = os.path.join(results, doc, kind + ".json")
            try:
                with open(path, encoding="utf-8") as f:
                    hyp = json.load(f)
            except (OSError, ValueError):
                print("%s %s: NO RECORD" % (doc, kind))
                continue
            scores = sc.field_scores(hyp, gold)
            for key, v in scores["scalars"].items():
                if not v["correct"]:
                    print("%s %s: %s gold=%r hyp=%r" % (doc, kind, key, v["gold"], v["hyp"]))
            for key, (missed, extra) in list_misses(sc, gold, hyp).items():
                for x in missed:
                    print("%s %s: %s MISSED %s" % (doc, kind, key, x))
                for x in extra:
                    print("%s %s: %s EXTRA %s" % (doc, kind, key, x))


if __name__ == "__main__":
    main()
