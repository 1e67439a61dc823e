#!/usr/bin/env python3
"""repair_effect.py GOLD RAW REPAIRED -- what repair did to the syllables of a real OCR text.

Aligns RAW (the OCR text as read, `vbtrack text --raw`) and REPAIRED (after `vbtrack repair`)
each with GOLD on the syllables' letters without marks (difflib), and, over the syllables whose
letters match in both, counts: right (and kept), fixed (raw wrong, repaired right), broke (raw
right, repaired wrong), wrong (wrong in both). Prints the counts on the first line, then each
broken syllable and each wrong one that repair changed (gold: raw -> repaired | context).
GOLD may be a held-out document's source.txt: its "@" lines and "# " prefixes are skipped.
"""
import difflib, re, sys, unicodedata

def base(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    return ''.join(c for c in s if not unicodedata.combining(c)).casefold()

def syllables(text):
    lines = [l for l in text.split('\n') if not l.startswith('@')]
    text = '\n'.join(l[2:] if l.startswith('# ') else l for l in lines)
    return re.findall(r'\w+', unicodedata.normalize('NFC', text))

def align(gold, other):
    """gold index -> other index where base forms match."""
    gb, ob = [base(g) for g in gold], [base(o) for o in other]
    m = {}
    for a, b, n in difflib.SequenceMatcher(None, gb, ob, autojunk=False).get_matching_blocks():
        for k in range(n): m[a + k] = b + k
    return m

def main():
    gold = syllables(open(sys.argv[1]).read())
    raw = syllables(open(sys.argv[2]).read())
    rep = syllables(open(sys.argv[3]).read())
    mr, mp = align(gold, raw), align(gold, rep)
    counts = dict(right=0, fixed=0, broke=0, wrong=0)
    shown = []
    for i, g in enumerate(gold):
        if i not in mr or i not in mp: continue
        r, p = raw[mr[i]], rep[mp[i]]
        if r == g and p == g: counts['right'] += 1
        elif r != g and p == g: counts['fixed'] += 1
        elif r == g: counts['broke'] += 1; shown.append(('BROKE', g, r, p, ' '.join(gold[max(0, i - 3):i + 4])))
        else:
            counts['wrong'] += 1
            if r != p: shown.append(('WRONG', g, r, p, ' '.join(gold[max(0, i - 3):i + 4])))
    print(' '.join(f'{k} {v}' for k, v in counts.items()))
    for kind, g, r, p, ctx in shown: print(f'  {kind} {g}: {r} -> {p}   | {ctx}')

if __name__ == "__main__":
    main()
