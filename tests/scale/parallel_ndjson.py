#!/usr/bin/env python3
"""chainrisk as the mapper of GNU parallel (docs/scale.md): a generated BOM, split into
parts by `parallel --pipe --header :`, each part scanned from stdin as NDJSON, gives the
same line objects, in the same order, as one scan of the whole file, and the parts'
summaries add up to the single scan's summary.

usage: parallel_ndjson.py CHAINRISK GEN_BOM_PY WORKDIR   (exit 77: GNU parallel missing)
"""
import csv
import io
import json
import shutil
import subprocess
import sys

LINES = 6000
PART_BYTES = "120k"  # about 12 parts of ~500 lines: several per job slot


def fail(msg):
    print(f"FAIL: {msg}")
    sys.exit(1)


def flat_bom(gen, workdir):
    """A generated BOM without its parent column: the assembly roll-up needs a whole
    assembly in one part, which a byte split cannot promise (docs/scale.md)."""
    text = subprocess.run([sys.executable, gen, "--seed", "7", str(LINES)], check=True,
                          capture_output=True, text=True).stdout
    rows = list(csv.reader(io.StringIO(text)))
    drop = rows[0].index("parent")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for r in rows:
        w.writerow(r[:drop] + r[drop + 1:])
    path = f"{workdir}/bom.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    return path


def objects(text):
    lines, summaries = [], []
    for raw in text.splitlines():
        o = json.loads(raw)
        kind = o.pop("type")
        (lines if kind == "line" else summaries).append(o)
    return lines, summaries


def comparable(line):
    # Where the line sits differs by construction: the part's name and its line number.
    return {k: v for k, v in line.items() if k not in ("file", "line")}


def main():
    if len(sys.argv) != 4:
        fail(__doc__)
    chainrisk, gen, workdir = sys.argv[1:]
    if shutil.which("parallel") is None:
        print("SKIP: GNU parallel is not installed (apt-get install parallel)")
        sys.exit(77)
    bom = flat_bom(gen, workdir)

    single = subprocess.run([chainrisk, "scan", bom, "--format", "ndjson"], capture_output=True, text=True)
    if single.returncode not in (0, 1):
        fail(f"single scan exited {single.returncode}: {single.stderr[:500]}")
    s_lines, s_summaries = objects(single.stdout)

    with open(bom, "rb") as f:
        split = subprocess.run(["parallel", "--pipe", "--header", ":", "--block", PART_BYTES, "--keep-order",
                                "-j", "2", chainrisk, "scan", "-", "--format", "ndjson"],
                               stdin=f, capture_output=True)
    if split.returncode not in (0, 1):
        fail(f"parallel exited {split.returncode}: {split.stderr[:500]!r}")
    p_lines, p_summaries = objects(split.stdout.decode("utf-8"))

    if len(s_summaries) != 1:
        fail(f"single scan: {len(s_summaries)} summary objects")
    if len(p_summaries) < 4:
        fail(f"only {len(p_summaries)} parts: the split did not split")
    if len(p_lines) != LINES or len(s_lines) != LINES:
        fail(f"lines: {len(s_lines)} in one scan, {len(p_lines)} in the parts; expected {LINES}")
    for i, (a, b) in enumerate(zip(s_lines, p_lines)):
        if comparable(a) != comparable(b):
            fail(f"line object {i} differs:\n  single {json.dumps(comparable(a))[:400]}\n"
                 f"  parts  {json.dumps(comparable(b))[:400]}")

    whole = s_summaries[0]["summary"]
    parts = [p["summary"] for p in p_summaries]
    for key in ("lines", "scored", "errors", "unresolved", "suppressed"):
        if sum(p[key] for p in parts) != whole[key]:
            fail(f"summary.{key}: parts add up to {sum(p[key] for p in parts)}, one scan has {whole[key]}")
    for level, n in whole["counts"].items():
        if sum(p["counts"][level] for p in parts) != n:
            fail(f"summary.counts.{level} differs")
    if max(p["score"] for p in parts) != whole["score"]:
        fail("summary.score: the parts' highest differs")
    print(f"ok: {LINES} lines in {len(p_summaries)} parts through GNU parallel equal one scan")


if __name__ == "__main__":
    main()
