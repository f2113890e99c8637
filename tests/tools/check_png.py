#!/usr/bin/env python3
"""Checks that a screenshot rendered: a PNG of the expected size that is not blank and
shows the given colours (the report's level colours, so its charts were drawn).

Usage: check_png.py FILE WIDTH HEIGHT [RRGGBB[:MIN_PIXELS]]...

Decodes the PNG with zlib alone (8-bit RGB or RGBA, non-interlaced: what Chromium writes),
so no imaging library is needed.
"""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
    return width, height, 3 if colour == 2 else 4, zlib.decompress(idat)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def pixels(width, height, bpp, raw):
    """Yields each row's bytes after undoing the PNG filters (RFC 2083 §6)."""
    stride = width * bpp
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                row[i] = (row[i] + a) & 255
            elif kind == 2:
                row[i] = (row[i] + b) & 255
            elif kind == 3:
                row[i] = (row[i] + (a + b) // 2) & 255
            elif kind == 4:
                row[i] = (row[i] + paeth(a, b, c)) & 255
        yield row
        prev = row


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path, want_w, want_h = argv[1], int(argv[2]), int(argv[3])
    wanted = {}
    for spec in argv[4:]:
        rgb, _, least = spec.partition(":")
        wanted[bytes.fromhex(rgb)] = int(least or 1)
    width, height, bpp, raw = read_png(path)
    if (width, height) != (want_w, want_h):
        print(f"FAIL: {path} is {width}x{height}, expected {want_w}x{want_h}")
        return 1
    counts = {}
    for row in pixels(width, height, bpp, raw):
        for x in range(0, len(row), bpp):
            key = bytes(row[x:x + 3])
            counts[key] = counts.get(key, 0) + 1
    background = max(counts.values())
    drawn = width * height - background
    status = 0
    print(f"{path}: {width}x{height}, {len(counts)} colours, {100 * drawn / (width * height):.1f}% not background")
    if len(counts) < 16 or drawn < width * height // 100:
        print("FAIL: the screenshot is blank or nearly so")
        status = 1
    for rgb, least in wanted.items():
        n = counts.get(rgb, 0)
        if n < least:
            print(f"FAIL: colour #{rgb.hex()} covers {n} pixels, expected at least {least}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
