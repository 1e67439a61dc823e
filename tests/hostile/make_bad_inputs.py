#!/usr/bin/env python3
"""Writes a corpus of broken and hostile inputs into OUTDIR, for the end-to-end
test tests/e2e/bad_inputs_test.cpp. Standard library only; nothing binary is
committed, every file is built here from scratch.

Usage: make_bad_inputs.py OUTDIR
"""
import os
import struct
import sys
import zipfile
import zlib

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>")
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')
PARAGRAPHS = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Kế hoạch thử nghiệm đầu vào hỏng của hệ thống theo dõi văn bản."]


def document_xml(body=None):
    if body is None:
        body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in PARAGRAPHS)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')


def write_docx(path, document, extra=()):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        for name, data in extra:
            z.writestr(name, data)
        z.writestr("word/document.xml", document)


def truncated(data):
    return data[: len(data) // 2]


def bit_flipped(data, start=None):
    """Flips one bit in every 7th byte from `start` (default: a quarter in)."""
    out = bytearray(data)
    for i in range(len(data) // 4 if start is None else start, len(out), 7):
        out[i] ^= 0x10
    return bytes(out)


def pdf(objects, trailer_extra=""):
    """A PDF with a correct xref table; `objects` are the bodies of objects 1..n."""
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer_extra}>>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def text_pdf(media_box="0 0 595 842", text="Hello vbtrack hostile test page"):
    content = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] /Contents 4 0 R "
        f"/Resources << /Font << /F1 5 0 R >> >> >>".encode(),
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def encrypted_pdf():
    # Standard security handler, RC4 40-bit, with a user password: the /O and
    # /U strings are not those of the empty password, so no reader can open it.
    page = text_pdf()
    body = page[: page.index(b"xref")]
    encrypt_offset = len(body)
    body += (b"6 0 obj\n<< /Filter /Standard /V 1 /R 2 /P -44 "
             b"/O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> >>\nendobj\n")
    # Rebuild the xref with the encryption dictionary as object 6.
    offsets = [body.index(f"{n} 0 obj".encode()) for n in range(1, 6)] + [encrypt_offset]
    xref = len(body)
    body += b"xref\n0 7\n0000000000 65535 f \n" + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    body += (f"trailer\n<< /Size 7 /Root 1 0 R /Encrypt 6 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>] >>\n"
             f"startxref\n{xref}\n%%EOF\n").encode()
    return body


def png(width, height, pixels=None):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    if pixels is None:
        pixels = b"".join(b"\x00" + bytes((x * 3 + y) % 256 for x in range(width)) for y in range(height))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b"")


def tiff(width=64, height=64):
    """Little-endian, uncompressed, 8-bit grey, one strip."""
    pixels = bytes((x + y) % 256 for y in range(height) for x in range(width))
    entries = [(256, 3, 1, width), (257, 3, 1, height), (258, 3, 1, 8), (259, 3, 1, 1),
               (262, 3, 1, 1), (273, 4, 1, 0), (277, 3, 1, 1), (278, 3, 1, height), (279, 4, 1, len(pixels))]
    ifd_offset = 8
    data_offset = ifd_offset + 2 + 12 * len(entries) + 4
    out = b"II*\x00" + struct.pack("<I", ifd_offset) + struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        if tag == 273:
            value = data_offset
        packed = struct.pack("<H", value) + b"\x00\x00" if kind == 3 else struct.pack("<I", value)
        out += struct.pack("<HHI", tag, kind, count) + packed
    return out + struct.pack("<I", 0) + pixels


def zip_bomb_docx(path, gigabytes=1):
    """word/document.xml of `gigabytes` GB of spaces, written in chunks so this
    script stays small in memory; deflate packs it about 1000:1."""
    chunk = b" " * (16 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as entry:
            entry.write(document_xml("")[:-len("</w:body></w:document>")].encode())
            for _ in range((gigabytes << 30) // len(chunk)):
                entry.write(chunk)
            entry.write(b"</w:body></w:document>")


def lying_zip_bomb_docx(path):
    """128 MB of spaces in word/document.xml whose headers claim 1000 bytes: a
    reader that trusts the declared size would let it through."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        with z.open("word/document.xml", "w") as entry:
            for _ in range(8):
                entry.write(b" " * (16 << 20))
    data = bytearray(open(path, "rb").read())
    name = b"word/document.xml"
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := data.find(signature, at)) >= 0:
            name_offset = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_offset:name_offset + len(name)] == name:
                data[at + size_offset:at + size_offset + 4] = struct.pack("<I", 1000)
            at += 4
    with open(path, "wb") as f:
        f.write(data)


BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + f']>\n<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    p = lambda name: os.path.join(out, name)

    write(p("empty.pdf"), b"")
    write(p("empty.docx"), b"")

    good_docx = p("good-reference.docx.tmp")
    write_docx(good_docx, document_xml())
    with open(good_docx, "rb") as f:
        docx_bytes = f.read()
    os.remove(good_docx)
    write(p("truncated.docx"), truncated(docx_bytes))
    write(p("bitflipped.docx"), bit_flipped(docx_bytes))

    pdf_bytes = text_pdf()
    write(p("truncated.pdf"), truncated(pdf_bytes))
    write(p("bitflipped.pdf"), bit_flipped(pdf_bytes, start=9))

    tiff_bytes = tiff()
    write(p("truncated.tif"), tiff_bytes[:200])  # header and IFD, strip cut off
    write(p("bitflipped.tif"), bit_flipped(tiff_bytes, start=8))
    png_bytes = png(64, 64)
    write(p("truncated.png"), truncated(png_bytes))
    write(p("bitflipped.png"), bit_flipped(png_bytes, start=8))

    # The OLE2 signature of a Word 97 file, then bytes that are no OLE2 structure.
    write(p("damaged.doc"), bytes.fromhex("d0cf11e0a1b11ae1") + bytes(range(256)) * 20)

    zip_bomb_docx(p("zipbomb.docx"))
    lying_zip_bomb_docx(p("zipbomb-lying-size.docx"))
    write_docx(p("pathtraversal.docx"), document_xml(), extra=[("../../evil.txt", "written outside the folder")])
    write_docx(p("billion-laughs.docx"), BILLION_LAUGHS)
    # 100 000 nested content controls: a reader that recurses per level overflows its stack.
    depth = 100000
    write_docx(p("deep-nesting.docx"), document_xml("<w:sdt><w:sdtContent>" * depth + "<w:p><w:r><w:t>sâu</w:t></w:r></w:p>"
                                                     + "</w:sdtContent></w:sdt>" * depth))
    write(p("encrypted.pdf"), encrypted_pdf())
    write(p("huge-page.pdf"), text_pdf(media_box="0 0 14400 14400", text=None))
    # A header that claims 100 000 x 100 000 pixels, with one small IDAT.
    write(p("huge-dimensions.png"), png(100000, 100000, pixels=b"\x00" * 1024))
    write(p("plain-text-named.pdf"),
          "Công văn số 12/UBND-VP về việc thử nghiệm.\nĐây là văn bản thuần, không phải PDF.\n".encode())
    write(p("invalid-utf8.txt"), b"Van ban \xff\xfe\xc3\x28 sai \xe0\x80\x80 ma hoa \xed\xa0\x80 UTF-8\n")

    loop = p("loop")
    os.makedirs(loop, exist_ok=True)
    if not os.path.lexists(os.path.join(loop, "back")):
        os.symlink("..", os.path.join(loop, "back"))

    unreadable = p("unreadable.pdf")
    write(unreadable, pdf_bytes)
    os.chmod(unreadable, 0)

    write(p("Công văn số 5 — bản nháp.pdf"), b"%PDF-1.4\nnot really a pdf\n")
    write(p("tên có\ndòng mới.docx"), truncated(docx_bytes)[:100])


if __name__ == "__main__":
    main()
