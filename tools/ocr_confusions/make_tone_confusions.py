#!/usr/bin/env python3
"""Learns how Tesseract's Vietnamese model misreads tone marks, for the repair of scans.

Tesseract's `vie` model reads Vietnamese letters well but confuses the small tone
marks (the hook above read as the acute: "tổ" as "tố"). Repair of the pipeline's
own OCR lets a syllable's spellings that differ from it in the tone only compete,
each weighted by how often this table saw its tone read as the one on the page.

Renders clean Vietnamese corpus lines to page images (Tesseract's text2image, with
its speckle, erosion and rotation, at scanning resolutions and photocopier
exposures), reads them back with the `vie` model, aligns the OCR tokens with the
true syllables and counts, for every pair with the same letters and vowel marks,
the true tone against the tone read. Pairs whose letters differ are OCR's other
errors and are not counted.

    python3 tools/ocr_confusions/make_tone_confusions.py \
        --corpus ../shared/corpus/vi-legal --out normalizers/diacritics/data/vie_tone_confusions.tsv

Deterministic for a given corpus and Tesseract: lines are picked by a fixed stride,
fonts, sizes, resolutions and exposures cycle in a fixed order, and text2image's
noise has a fixed seed. Needs tesseract-ocr, tesseract-ocr-vie and fonts-liberation2.

Output, tab-separated, one count per line:
    tone  TRUE  READ  COUNT     none, grave, acute, hook, tilde, dot
"""
import collections
import tempfile
import unicodedata

from make_confusions import FONTS, SIZES, aligned_pairs, corpus_lines, ocr_page, page_arguments

# The tone marks as Unicode combining characters, named as in normalizers/vietnamese_letters.hpp.
TONES = {"\u0300": "grave", "\u0301": "acute", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}
# Archives scan at 300 dpi, often at 200; a lighter or darker photocopy loses or
# thickens the small marks first.
RESOLUTIONS = [300, 200]
EXPOSURES = [0, -1, 1]


def tone_and_rest(word):
    """The syllable's tone name and its letters without the tone mark (vowel marks and đ kept)."""
    tone, rest = "none", []
    for c in unicodedata.normalize("NFD", word):
        if c in TONES:
            tone = TONES[c]
        else:
            rest.append(c)
    return tone, unicodedata.normalize("NFC", "".join(rest))


def main():
    args = page_arguments(__doc__, default_stride=60)

    lines = corpus_lines(args.corpus, args.pages * args.lines_per_page, args.stride)
    counts = collections.Counter()
    with tempfile.TemporaryDirectory() as workdir:
        for page in range(0, len(lines), args.lines_per_page):
            index = page // args.lines_per_page
            page_lines = lines[page:page + args.lines_per_page]
            render_args = [f"--exposure={EXPOSURES[index % len(EXPOSURES)]}"]
            ocr = ocr_page(page_lines, FONTS[index % len(FONTS)], SIZES[index % len(SIZES)],
                           RESOLUTIONS[index % len(RESOLUTIONS)], workdir, index, "vie", render_args)
            read = misread = 0
            for truth_word, ocr_word in aligned_pairs("\n".join(page_lines), ocr):
                true_tone, true_rest = tone_and_rest(truth_word.lower())
                read_tone, read_rest = tone_and_rest(ocr_word.lower())
                if true_rest == read_rest:
                    counts[(true_tone, read_tone)] += 1
                    read += 1
                    misread += true_tone != read_tone
            print(f"page {index + 1}: {read} syllables with their letters read right, {misread} of them with another tone",
                  flush=True)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Tone marks as Tesseract's vie model read them, learned by "
                  "tools/ocr_confusions/make_tone_confusions.py: kind, true tone, tone read, count\n")
        for (truth, read), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"tone\t{truth}\t{read}\t{count}\n")


if __name__ == "__main__":
    main()
