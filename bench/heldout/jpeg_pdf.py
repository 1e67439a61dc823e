#!/usr/bin/env python3
"""jpeg_pdf.py DPI OUT.pdf PAGE.jpg... -- an image-only PDF of scanned pages, one JPEG per page.

The JPEG bytes go into the PDF as they are (DCTDecode), as a scanner stores them. Written here
because ImageMagick's security policy on Debian forbids writing PDF, and img2pdf is not installed
by default. Standard library only; no timestamps, so the output is reproducible.
"""
import struct
import sys


def jpeg_size(data):
    """(width, height, components) from the first SOF marker."""
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            raise ValueError("not a JPEG marker at byte %d" % i)
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height, data[i + 9]
        i += 2 + length
    raise ValueError("no SOF marker")


def main():
    if len(sys.argv) < 4:
        raise SystemExit("usage: jpeg_pdf.py DPI OUT.pdf PAGE.jpg...")
    dpi = float(sys.argv[1])
    pages = [open(p, "rb").read() for p in sys.argv[3:]]
    objects = []                       # object bodies; object n is objects[n - 1]
    n_pages = len(pages)
    page_ids = [3 + 3 * k for k in range(n_pages)]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(("<< /Type /Pages /Count %d /Kids [%s] >>"
                    % (n_pages, " ".join("%d 0 R" % p for p in page_ids))).encode())
    for k, data in enumerate(pages):
        w, h, comps = jpeg_size(data)
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        page_id = page_ids[k]
        objects.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                        "/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pw, ph, page_id + 1, page_id + 2)).encode())
        colour = "/DeviceGray" if comps == 1 else "/DeviceRGB"
        objects.append(("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                        "/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                        % (w, h, colour, len(data))).encode() + data + b"\nendstream")
        content = ("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)).encode()
        objects.append(("<< /Length %d >>\nstream\n" % len(content)).encode() + content + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(sys.argv[2], "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
