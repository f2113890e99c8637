#!/usr/bin/env python3
"""Structural check of a `chainrisk scan --format sarif` report (docs/formats.md, "SARIF").

Usage: check_sarif.py SARIF [JSON_REPORT [FAIL_LEVEL]]

No copy of the SARIF 2.1.0 JSON schema is available offline (no Debian package ships it),
so this checks, field by field, what the OASIS SARIF 2.1.0 standard requires of every
object kind chainrisk writes (sarifLog, run, tool, toolComponent, reportingDescriptor,
invocation, notification, artifact, result, location, physicalLocation, artifactLocation,
region, suppression, message strings): required members, only the member names the schema
allows (it forbids any other), member types, enums and minimums. Then what code-scanning
UIs rely on: one rule per signal kind, each result's ruleIndex, location and artifact,
unique fingerprints. With the JSON report of the same scan, every signal of every line must
be one result at that file and line, with the level the mapping gives (FAIL_LEVEL, default
high) and a suppression exactly when the line is suppressed.
Exit 0 when all holds, 1 with the reasons otherwise.
"""
import collections
import json
import re
import sys
import urllib.parse

LEVELS = ["none", "low", "medium", "high", "critical"]
KINDS = ["entity", "region", "finding", "upstream", "tier", "origin-unknown", "unresolved", "mitigation"]
SARIF_LEVELS = ["none", "note", "warning", "error"]

# SARIF 2.1.0 object kinds: (members the schema allows, members it requires, member -> kind
# or check). A kind ending in "[]" is an array of that kind; "message" requires text or id.
S, I, B, N, O = "string", "integer", "boolean", "number", "object"
OBJECTS = {
    "sarifLog": ({"$schema": S, "version": S, "runs": "run[]", "inlineExternalProperties": "array",
                  "properties": "propertyBag"}, {"version", "runs"}),
    "run": ({k: "any" for k in (
        "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "logicalLocations",
        "graphs", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding",
        "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences",
        "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests",
        "webResponses", "specialLocations")} | {
        "tool": "tool", "invocations": "invocation[]", "artifacts": "artifact[]", "results": "result[]",
        "properties": "propertyBag"}, {"tool"}),
    "tool": ({"driver": "toolComponent", "extensions": "array", "properties": "propertyBag"}, {"driver"}),
    "toolComponent": ({k: "any" for k in (
        "guid", "organization", "product", "productSuite", "fullName", "semanticVersion",
        "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings",
        "notifications", "taxa", "locations", "language", "contents", "isComprehensive",
        "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent",
        "translationMetadata", "supportedTaxonomies")} | {
        "name": S, "version": S, "shortDescription": "multiformatMessageString",
        "fullDescription": "multiformatMessageString", "rules": "reportingDescriptor[]",
        "properties": "propertyBag"}, {"name"}),
    "reportingDescriptor": ({k: "any" for k in (
        "deprecatedIds", "guid", "deprecatedGuids", "deprecatedNames", "messageStrings", "relationships")} | {
        "id": S, "name": S, "shortDescription": "multiformatMessageString",
        "fullDescription": "multiformatMessageString", "help": "multiformatMessageString", "helpUri": "absoluteUri",
        "defaultConfiguration": "reportingConfiguration", "properties": "propertyBag"}, {"id"}),
    "multiformatMessageString": ({"text": S, "markdown": S, "properties": "propertyBag"}, {"text"}),
    "reportingConfiguration": ({"enabled": B, "level": "sarifLevel", "rank": N, "parameters": "propertyBag",
                                "properties": "propertyBag"}, set()),
    "invocation": ({k: "any" for k in (
        "commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode",
        "ruleConfigurationOverrides", "notificationConfigurationOverrides", "toolConfigurationNotifications",
        "exitCodeDescription", "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "machine",
        "account", "processId", "executableLocation", "workingDirectory", "environmentVariables", "stdin",
        "stdout", "stderr", "stdoutStderr")} | {
        "executionSuccessful": B, "toolExecutionNotifications": "notification[]", "properties": "propertyBag"},
        {"executionSuccessful"}),
    "notification": ({"locations": "location[]", "message": "message", "level": "sarifLevel", "threadId": I,
                      "timeUtc": S, "exception": O, "descriptor": O, "associatedRule": O,
                      "properties": "propertyBag"}, {"message"}),
    "message": ({"text": S, "markdown": S, "id": S, "arguments": "array", "properties": "propertyBag"}, set()),
    "artifact": ({"description": "message", "location": "artifactLocation", "parentIndex": "index",
                  "offset": I, "length": I, "roles": "artifactRoles", "mimeType": "mimeType", "contents": O,
                  "encoding": S, "sourceLanguage": S, "hashes": O, "lastModifiedTimeUtc": S,
                  "properties": "propertyBag"}, set()),
    "result": ({k: "any" for k in (
        "rule", "analysisTarget", "guid", "correlationGuid", "occurrenceCount", "fingerprints", "stacks",
        "codeFlows", "graphs", "graphTraversals", "relatedLocations", "baselineState", "rank", "attachments",
        "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse")} | {
        "ruleId": S, "ruleIndex": "index", "kind": "resultKind", "level": "sarifLevel", "message": "message",
        "locations": "location[]", "partialFingerprints": "stringMap", "suppressions": "suppression[]",
        "properties": "propertyBag"}, {"message"}),
    "location": ({"id": I, "physicalLocation": "physicalLocation", "logicalLocations": "array",
                  "message": "message", "annotations": "array", "relationships": "array",
                  "properties": "propertyBag"}, set()),
    "physicalLocation": ({"address": O, "artifactLocation": "artifactLocation", "region": "region",
                          "contextRegion": "region", "properties": "propertyBag"}, set()),
    "artifactLocation": ({"uri": "uriReference", "uriBaseId": S, "index": "index", "description": "message",
                          "properties": "propertyBag"}, set()),
    "region": ({"startLine": "positive", "startColumn": "positive", "endLine": "positive",
                "endColumn": "positive", "charOffset": I, "charLength": I, "byteOffset": I, "byteLength": I,
                "snippet": O, "message": "message", "sourceLanguage": S, "properties": "propertyBag"}, set()),
    "suppression": ({"guid": S, "kind": "suppressionKind", "status": "suppressionStatus", "justification": S,
                     "location": "location", "properties": "propertyBag"}, {"kind"}),
}
ENUMS = {
    "sarifLevel": SARIF_LEVELS,
    "resultKind": ["notApplicable", "pass", "fail", "review", "open", "informational"],
    "suppressionKind": ["inSource", "external"],
    "suppressionStatus": ["accepted", "underReview", "rejected"],
}
ROLES = {"analysisTarget", "attachment", "responseFile", "resultFile", "standardStream", "tracedFile",
         "unmodified", "modified", "added", "deleted", "renamed", "uncontrolled", "driver", "extension",
         "translation", "taxonomy", "policy", "referencedOnCommandLine", "memoryContents", "directory",
         "userSpecifiedConfiguration", "toolSpecifiedConfiguration", "debugOutputFile"}
# RFC 3986 URI-reference characters (percent-encoded bytes as %XX); a scheme only if absolute.
URI_REFERENCE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*:)?([A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$")


def check_value(value, kind, where, errors):
    """Checks `value` against SARIF kind `kind` at JSON pointer `where`."""
    if kind == "any":
        return
    if kind.endswith("[]"):
        if not isinstance(value, list):
            errors.append(f"{where}: expected an array")
            return
        for i, item in enumerate(value):
            check_value(item, kind[:-2], f"{where}/{i}", errors)
        return
    simple = {S: str, B: bool, N: (int, float), O: dict, "array": list}
    if kind in simple:
        ok = isinstance(value, simple[kind]) and not (kind == N and isinstance(value, bool))
        if not ok:
            errors.append(f"{where}: expected {kind}")
    elif kind in (I, "index", "positive"):
        low = {I: None, "index": -1, "positive": 1}[kind]
        if not isinstance(value, int) or isinstance(value, bool) or (low is not None and value < low):
            errors.append(f"{where}: expected an integer{'' if low is None else f' >= {low}'}")
    elif kind in ENUMS:
        if value not in ENUMS[kind]:
            errors.append(f"{where}: {value!r} is not one of {ENUMS[kind]}")
    elif kind == "artifactRoles":
        if not isinstance(value, list) or not set(value) <= ROLES or len(set(value)) != len(value):
            errors.append(f"{where}: roles must be distinct artifact roles")
    elif kind == "mimeType":
        if not isinstance(value, str) or not re.fullmatch(r"[^/]+/.+", value):
            errors.append(f"{where}: {value!r} is not a MIME type")
    elif kind in ("uriReference", "absoluteUri"):
        if not isinstance(value, str) or not URI_REFERENCE.match(value) or \
                (kind == "absoluteUri" and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value)):
            errors.append(f"{where}: {value!r} is not a URI{' reference' if kind == 'uriReference' else ''}")
    elif kind == "stringMap":
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            errors.append(f"{where}: expected an object of strings")
    elif kind == "propertyBag":
        if not isinstance(value, dict):
            errors.append(f"{where}: a property bag is an object")
        elif "tags" in value and (not isinstance(value["tags"], list) or len(set(value["tags"])) != len(value["tags"])):
            errors.append(f"{where}/tags: expected distinct strings")
    else:
        check_object(value, kind, where, errors)


def check_object(value, kind, where, errors):
    if not isinstance(value, dict):
        errors.append(f"{where}: a {kind} is an object")
        return
    allowed, required = OBJECTS[kind]
    for key in sorted(required - value.keys()):
        errors.append(f"{where}: {kind} lacks required {key!r}")
    for key in sorted(value.keys() - allowed.keys()):
        errors.append(f"{where}: {key!r} is not a member of {kind}")
    for key, v in value.items():
        if key in allowed:
            check_value(v, allowed[key], f"{where}/{key}", errors)
    if kind == "message" and "text" not in value and "id" not in value:
        errors.append(f"{where}: a message needs text or id")
    if kind == "physicalLocation" and "artifactLocation" not in value and "address" not in value:
        errors.append(f"{where}: a physicalLocation needs artifactLocation or address")


def expected_level(kind, line_level, fail_level):
    if kind == "mitigation":
        return "note"
    if LEVELS.index(line_level) >= LEVELS.index(fail_level):
        return "error"
    if LEVELS.index(line_level) >= LEVELS.index("medium"):
        return "warning"
    return "note"


def check_structure(log, errors):
    check_object(log, "sarifLog", "", errors)
    if errors:
        return
    if log["version"] != "2.1.0" or len(log["runs"]) != 1:
        errors.append("expected version 2.1.0 and exactly one run")
        return
    run = log["runs"][0]
    for key in ("invocations", "artifacts", "results", "properties"):
        if key not in run:
            errors.append(f"the run has no {key}")
    if errors:
        return
    if not run["properties"].get("datasets"):
        errors.append("the run cites no datasets (properties.datasets)")
    rules = run["tool"]["driver"].get("rules", [])
    if [r["id"] for r in rules] != KINDS:
        errors.append(f"rules are {[r['id'] for r in rules]}, expected {KINDS}")
    for r in rules:
        for key in ("name", "shortDescription", "fullDescription", "help", "defaultConfiguration"):
            if key not in r:
                errors.append(f"rule {r['id']} has no {key}")
        if not r.get("help", {}).get("markdown"):
            errors.append(f"rule {r['id']} has no Markdown help")
    artifacts = [a["location"]["uri"] for a in run.get("artifacts", [])]
    seen = set()
    for i, res in enumerate(run["results"]):
        if rules[res["ruleIndex"]]["id"] != res["ruleId"]:
            errors.append(f"result {i}: ruleIndex {res['ruleIndex']} is not rule {res['ruleId']}")
        loc = res["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]
        if "uriBaseId" in uri and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", uri["uri"]):
            errors.append(f"result {i}: {uri['uri']!r} has a scheme but is relative to {uri['uriBaseId']}")
        if "index" in uri and artifacts[uri["index"]] != uri["uri"]:
            errors.append(f"result {i}: artifact index {uri['index']} is not {uri['uri']}")
        if loc["region"]["startLine"] < 1:
            errors.append(f"result {i}: startLine below 1")
        fp = res["partialFingerprints"]["chainrisk/v1"]
        if fp in seen:
            errors.append(f"result {i}: fingerprint {fp} repeated")
        seen.add(fp)


def check_against_json(log, report, fail_level, errors):
    results = collections.Counter()
    for res in log["runs"][0]["results"]:
        loc = res["locations"][0]["physicalLocation"]
        uri = urllib.parse.unquote(loc["artifactLocation"]["uri"]).removeprefix("file://")
        results[(uri, loc["region"]["startLine"], res["ruleId"], res["level"],
                 "suppressions" in res)] += 1
    wanted = collections.Counter()
    for line in report["lines"]:
        uri = line["file"]
        while uri.startswith("./"):
            uri = uri[2:]
        for s in line["signals"]:
            wanted[(uri, line["line"], s["kind"], expected_level(s["kind"], line["level"], fail_level),
                    line["suppressed"])] += 1
    for key in (wanted - results) + (results - wanted):
        errors.append(f"result (uri, line, rule, level, suppressed) {key}: "
                      f"{results[key]} in the SARIF, {wanted[key]} signals in the JSON report")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        log = json.load(f)
    errors = []
    check_structure(log, errors)
    if len(sys.argv) > 2 and not errors:
        with open(sys.argv[2], encoding="utf-8") as f:
            report = json.load(f)
        check_against_json(log, report, sys.argv[3] if len(sys.argv) > 3 else "high", errors)
    for e in errors[:50]:
        print(f"check_sarif: {sys.argv[1]}: {e}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
