#!/usr/bin/env python3
"""Structural check of a `chainrisk scan --format junit` report (docs/formats.md, "JUnit").

Usage: check_junit.py JUNIT [JSON_REPORT [FAIL_LEVEL]]

Parses JUNIT as XML (a parse error fails), checks each <testsuite>'s counts against its
children. With the JSON report of the same scan: one testsuite per input file, one testcase
per line, a <failure> exactly on the unsuppressed lines at or above FAIL_LEVEL (default
high), <skipped> exactly on the suppressed ones.
Exit 0 when all holds, 1 with the reasons otherwise.
"""
import collections
import json
import sys
import xml.etree.ElementTree as ET

LEVELS = ["none", "low", "medium", "high", "critical"]


def check_counts(root, errors):
    if root.tag != "testsuites":
        errors.append(f"root element is <{root.tag}>, expected <testsuites>")
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        counts = {"tests": len(cases),
                  "failures": sum(1 for c in cases if c.find("failure") is not None),
                  "errors": sum(1 for c in cases if c.find("error") is not None),
                  "skipped": sum(1 for c in cases if c.find("skipped") is not None)}
        for key, n in counts.items():
            if suite.get(key) != str(n):
                errors.append(f"testsuite {suite.get('name')!r}: {key}={suite.get(key)}, counted {n}")


def check_against_json(root, report, fail_level, errors):
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    files = [f["file"] for f in report["files"]]
    if sorted(suites) != sorted(set(files)):
        errors.append(f"testsuites {sorted(suites)}, input files {files}")
    lines = collections.defaultdict(dict)
    for line in report["lines"]:
        lines[line["file"]][line["line"]] = line
    for name, suite in suites.items():
        cases = [c for c in suite.findall("testcase") if c.find("error") is None]
        if len(cases) != len(lines[name]):
            errors.append(f"{name}: {len(cases)} line testcases, {len(lines[name])} lines in the JSON report")
        for c in cases:
            number = int(c.get("name").split(":")[0].removeprefix("line "))
            line = lines[name].get(number)
            if line is None:
                errors.append(f"{name}: testcase {c.get('name')!r} is no line of the JSON report")
                continue
            fails = not line["suppressed"] and LEVELS.index(line["level"]) >= LEVELS.index(fail_level)
            if (c.find("failure") is not None) != fails:
                errors.append(f"{name}:{number}: level {line['level']}, failure expected: {fails}")
            if (c.find("skipped") is not None) != line["suppressed"]:
                errors.append(f"{name}:{number}: skipped must mark exactly the suppressed lines")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    errors = []
    try:
        root = ET.parse(sys.argv[1]).getroot()
    except ET.ParseError as e:
        print(f"check_junit: {sys.argv[1]}: not well-formed XML: {e}")
        return 1
    check_counts(root, errors)
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as f:
            report = json.load(f)
        check_against_json(root, report, sys.argv[3] if len(sys.argv) > 3 else "high", errors)
    for e in errors[:50]:
        print(f"check_junit: {sys.argv[1]}: {e}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
