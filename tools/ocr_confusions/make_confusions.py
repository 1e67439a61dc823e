#!/usr/bin/env python3
"""Learns the OCR confusion table the diacritic restorer weights its candidates with.

Renders clean Vietnamese corpus lines to page images (Tesseract's text2image),
reads them back with Tesseract's English model (what an archive OCR'd without
the Vietnamese model looks like), aligns the OCR tokens with the true syllables
and counts, per aligned pair, the character edits and the whole-token pairs.

    python3 tools/ocr_confusions/make_confusions.py \
        --corpus ../shared/corpus/vi-legal --out normalizers/diacritics/data/ocr_confusions.tsv

Deterministic for a given corpus: lines are picked by a fixed stride, fonts and
sizes cycle in a fixed order. Needs tesseract-ocr, tesseract-ocr-eng (text2image
ships with tesseract-ocr) and fonts-liberation2.

Output, tab-separated, one count per line:
    char  TRUE  OCR  COUNT     one character edit ("" = nothing: an insertion or a deletion)
    token TRUE  OCR  COUNT     one lower-cased syllable read as one lower-cased token
"""
import argparse
import collections
import difflib
import os
import pathlib
import subprocess
import tempfile
import unicodedata

FONTS = ["Liberation Serif", "Liberation Sans", "DejaVu Serif"]
SIZES = [12, 11, 13, 10]
# Scans come at 300 dpi and, in archives, often lower: lower resolutions garble more.
RESOLUTIONS = [300, 200, 150]
PUNCTUATION = ".,;:!?()[]\"“”‘’«»…-–"
FONT_DIRS = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/dejavu"]


def corpus_lines(corpus_dirs, wanted, stride):
    """Every `stride`-th line of 40-160 characters that is mostly letters, in file-name order."""
    seen = 0
    out = []
    for directory in corpus_dirs:
        for path in sorted(pathlib.Path(directory).rglob("*.txt")):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                line = unicodedata.normalize("NFC", " ".join(line.split()))
                if not 40 <= len(line) <= 160 or sum(c.isalpha() for c in line) < 0.7 * len(line):
                    continue
                seen += 1
                if seen % stride == 0:
                    out.append(line)
                    if len(out) >= wanted:
                        return out
    return out


def ocr_page(lines, font, size, resolution, workdir, index, lang="eng", extra_render_args=()):
    base = os.path.join(workdir, f"page{index}")
    text_file = base + ".txt"
    pathlib.Path(text_file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    font_dir = next(d for d in FONT_DIRS if os.path.isdir(d) and font.split()[0].lower() in d)
    subprocess.run(["text2image", f"--text={text_file}", f"--outputbase={base}", f"--font={font}",
                    f"--fonts_dir={font_dir}", f"--ptsize={size}", f"--resolution={resolution}", *extra_render_args],
                   check=True, capture_output=True, cwd=workdir)  # it leaves a fonts.conf in its folder
    result = subprocess.run(["tesseract", base + ".tif", "stdout", "-l", lang, "--psm", "6"],
                            check=True, capture_output=True, text=True)
    return unicodedata.normalize("NFC", result.stdout)


def char_edits(truth, ocr):
    """Levenshtein alignment of two strings; yields (true char, ocr char) with "" for a gap."""
    n, m = len(truth), len(ocr)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (truth[i - 1] != ocr[j - 1]))
    i, j, edits = n, m, []
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (truth[i - 1] != ocr[j - 1]):
            edits.append((truth[i - 1], ocr[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            edits.append((truth[i - 1], ""))
            i -= 1
        else:
            edits.append(("", ocr[j - 1]))
            j -= 1
    return edits


def strip_marks(word):
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def aligned_pairs(truth_text, ocr_text):
    """Pairs true tokens with OCR tokens: matching runs of the mark-stripped forms anchor
    the alignment; between anchors, runs of equal length pair one to one."""
    truth, ocr = [w.strip(PUNCTUATION) for w in truth_text.split()], [w.strip(PUNCTUATION) for w in ocr_text.split()]
    matcher = difflib.SequenceMatcher(a=[strip_marks(t) for t in truth], b=[strip_marks(t) for t in ocr],
                                      autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            yield from ((t, o) for t, o in zip(truth[i1:i2], ocr[j1:j2]) if t.isalpha() and o)


def page_arguments(description, default_stride):
    """The command line of the table makers: the corpus, the table to write, and how many pages of which lines."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="+", required=True, help="folders of clean UTF-8 .txt files")
    parser.add_argument("--out", required=True)
    parser.add_argument("--pages", type=int, default=36)
    parser.add_argument("--lines-per-page", type=int, default=30)
    parser.add_argument("--stride", type=int, default=default_stride)
    return parser.parse_args()


def main():
    args = page_arguments(__doc__, default_stride=97)

    lines = corpus_lines(args.corpus, args.pages * args.lines_per_page, args.stride)
    chars, tokens = collections.Counter(), collections.Counter()
    with tempfile.TemporaryDirectory() as workdir:
        for page in range(0, len(lines), args.lines_per_page):
            index = page // args.lines_per_page
            page_lines = lines[page:page + args.lines_per_page]
            ocr = ocr_page(page_lines, FONTS[index % len(FONTS)], SIZES[index % len(SIZES)],
                           RESOLUTIONS[index % len(RESOLUTIONS)], workdir, index)
            for truth_word, ocr_word in aligned_pairs("\n".join(page_lines), ocr):
                truth_word, ocr_word = truth_word.lower(), ocr_word.lower()
                tokens[(truth_word, ocr_word)] += 1
                for edit in char_edits(truth_word, ocr_word):
                    chars[edit] += 1
            print(f"page {index + 1}: {len(page_lines)} lines", flush=True)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# OCR confusions learned by tools/ocr_confusions/make_confusions.py: kind, true, ocr, count\n")
        for (truth, ocr), count in sorted(chars.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"char\t{truth}\t{ocr}\t{count}\n")
        for (truth, ocr), count in sorted(tokens.items(), key=lambda kv: (-kv[1], kv[0])):
            if count >= 2:
                out.write(f"token\t{truth}\t{ocr}\t{count}\n")


if __name__ == "__main__":
    main()
