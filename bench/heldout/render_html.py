#!/usr/bin/env python3
"""render_html.py SOURCE.txt OUT.html -- lay out one held-out document as HTML for LibreOffice.

SOURCE.txt is a plain UTF-8 file in sections, each opened by a line "@name":
  @left        issuer block, top-left cell (one printed line per line; "*" for party documents)
  @number      under the issuer: "Số: 12/KH-UBND" (state) or "Số 12-KH/HU" (party); a công văn adds its "V/v" lines
  @right       motto block, top-right cell
  @date        place and date line under the motto (italic)
  @title       type name, then the trích yếu lines (centred, bold); empty for a công văn
  @body        paragraphs: "# text" bold heading, "> text" centred bold line, anything else a justified paragraph
  @recipients  "Nơi nhận:" and its "- ..." lines, bottom-left cell
  @sign        signature authority lines, bottom-right cell
  @name        signer name, under the signature space

The layout follows the two-column header and footer of Nghị định 30/2020/NĐ-CP and Hướng dẫn
36-HD/VPTW: borderless tables, Times New Roman 13-14 pt (LibreOffice substitutes Liberation Serif;
fonts-liberation2 has the Vietnamese glyphs). Standard library only.
"""
import html
import sys
import unicodedata

SECTIONS = ("left", "number", "right", "date", "title", "body", "recipients", "sign", "name")


def parse(path):
    sections = {name: [] for name in SECTIONS}
    current = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = unicodedata.normalize("NFC", raw.rstrip("\n"))
            if line.startswith("@") and line[1:].strip() in SECTIONS:
                current = line[1:].strip()
                continue
            if current is None:
                if line.strip():
                    raise SystemExit("%s: text before the first @section: %r" % (path, line))
                continue
            if line.strip():
                sections[current].append(line.strip())
    return sections


def esc(text):
    return html.escape(text, quote=False)


def p(text, align="left", size=13, bold=False, italic=False, indent=False, after=0):
    style = "margin-top:0;margin-bottom:%dpt;font-size:%dpt;font-family:'Times New Roman'" % (after, size)
    if indent:
        style += ";text-indent:1.27cm"
    body = esc(text)
    if bold:
        body = "<b>%s</b>" % body
    if italic:
        body = "<i>%s</i>" % body
    return '<p align="%s" style="%s">%s</p>' % (align, style, body)


def issuer_line_is_bold(lines, i):
    """The issuing body is bold, its parent body above it regular; a name wrapped over two lines
    ("ỦY BAN NHÂN DÂN" / "TỈNH X") is bold on both; the party star is not bold."""
    names = [x for x in lines if x != "*"]
    if lines[i] == "*":
        return False
    if len(names) == 1 or lines[i] == names[-1]:
        return True
    return lines[i] in ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN")


def header(s):
    left = [p(x, "center", 13, bold=issuer_line_is_bold(s["left"], i)) for i, x in enumerate(s["left"])]
    for i, x in enumerate(s["number"]):
        # the first line is the number; a công văn's "V/v" lines follow in a smaller font
        left.append(p(x, "center", 13 if i == 0 else 12))
    right = [p(x, "center", 12 if i == 0 else 13, bold=True) for i, x in enumerate(s["right"])]
    right += [p(x, "right", 14, italic=True) for x in s["date"]]
    return ('<table width="100%" cellpadding="2" cellspacing="0" border="0"><tr>'
            '<td width="40%" valign="top">' + "".join(left) + '</td>'
            '<td width="60%" valign="top">' + "".join(right) + '</td></tr></table>')


def title(s):
    out = []
    for i, x in enumerate(s["title"]):
        out.append(p(x, "center", 14, bold=True, after=6 if i == len(s["title"]) - 1 else 0))
    return "".join(out)


def body(s):
    out = []
    for x in s["body"]:
        if x.startswith("# "):
            out.append(p(x[2:], "justify", 14, bold=True, indent=True, after=6))
        elif x.startswith("> "):
            out.append(p(x[2:], "center", 14, bold=True, after=6))
        else:
            out.append(p(x, "justify", 14, indent=True, after=6))
    return "".join(out)


def footer(s):
    left = []
    for i, x in enumerate(s["recipients"]):
        left.append(p(x, "left", 12, bold=True, italic=True) if i == 0 else p(x, "left", 11))
    right = [p(x, "center", 14, bold=True) for x in s["sign"]]
    right += [p("\u00a0", "center", 14) for _ in range(4)]   # the space for the signature and seal
    right += [p(x, "center", 14, bold=True) for x in s["name"]]
    return ('<table width="100%" cellpadding="2" cellspacing="0" border="0"><tr>'
            '<td width="48%" valign="top">' + "".join(left) + '</td>'
            '<td width="52%" valign="top">' + "".join(right) + '</td></tr></table>')


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: render_html.py SOURCE.txt OUT.html")
    s = parse(sys.argv[1])
    for required in ("left", "number", "date", "body", "sign"):
        if not s[required]:
            raise SystemExit("%s: section @%s is empty" % (sys.argv[1], required))
    page = ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
            '<style>@page { size: 21cm 29.7cm; margin: 2cm 2cm 2cm 3cm }</style></head>'
            '<body style="font-family:\'Times New Roman\'">'
            + header(s) + p("\u00a0", size=8) + title(s) + body(s) + footer(s) + "</body></html>\n")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
