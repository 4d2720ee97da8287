#!/usr/bin/env python3
"""A client of the pio-rules HTTP API using only Python's standard library.

Start the server first (`npx pio-rules serve`), then:

    python3 examples/python-client.py [BASE_URL]

BASE_URL defaults to http://127.0.0.1:8080.
"""
import json
import pathlib
import sys
import urllib.error
import urllib.request

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080").rstrip("/")
EXAMPLES = pathlib.Path(__file__).resolve().parent / "applications"


def call(method, path, body=None, content_type="application/json", language="en"):
    """One request; returns (status, parsed JSON). A problem (4xx, 5xx) is data too."""
    request = urllib.request.Request(
        BASE + path,
        data=body,
        method=method,
        headers={"Content-Type": content_type, "Accept-Language": language},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        # application/problem+json (RFC 9457): type, title, status, detail, issues, ...
        with error:
            return error.code, json.load(error)


# 1. Is it up?
status, health = call("GET", "/healthz")
print("healthz:", status, health["status"])

# 2. One proposal: every rule, not only the schema.
proposal = (EXAMPLES / "city-pcp.json").read_bytes()
status, result = call("POST", "/v1/applications/validate", proposal)
print("valid:", status, result["success"], "maximum", result["data"]["cofinancing"]["maximum"]["amount"])

# 3. A proposal that breaks a rule is an answer (200, success false), not an error.
late = (EXAMPLES / "invalid-late-submission.json").read_bytes()
status, result = call("POST", "/v1/applications/validate", late)
print("late:", status, result["success"], [issue["code"] for issue in result["issues"]])

# 4. Malformed JSON is a problem, with the line and column.
status, problem = call("POST", "/v1/applications/validate", b'{"callId": }')
print("malformed:", status, problem["type"], "line", problem["line"], "column", problem["column"])

# 5. Many proposals as NDJSON: one result per line, in order, read as they come.
lines = [json.dumps(json.loads(proposal)), "{not json", json.dumps(json.loads(late))]
request = urllib.request.Request(
    BASE + "/v1/applications/validate",
    data="\n".join(lines).encode("utf-8"),
    method="POST",
    headers={"Content-Type": "application/x-ndjson"},
)
with urllib.request.urlopen(request, timeout=10) as response:
    for raw in response:
        record = json.loads(raw)
        if "summary" in record:
            print("summary:", record["summary"])
        elif "problem" in record:
            print("line", record["line"], "problem", record["problem"]["type"])
        else:
            print("line", record["line"], "success", record["result"]["success"])

# 6. The caller says what "now" is.
status, answer = call("GET", "/v1/calls/next?now=2024-05-01T12:00:00%2B02:00")
print("next:", status, answer["call"]["id"], answer["call"]["deadline"], answer["nowSource"])

# 7. A decision with its record (the caller gives the instant), then the record verified.
status, decided = call(
    "POST",
    "/v1/cofinancing?record=true&decidedAt=2024-05-02T10:00:00%2B02:00",
    json.dumps({"estimatedCost": "2400000.00"}).encode("utf-8"),
)
print("recorded:", status, decided["record"]["kind"], decided["record"]["decidedAt"], decided["decidedAtSource"])
status, report = call("POST", "/v1/decision-records/verify", json.dumps(decided["record"]).encode("utf-8"))
print("verify:", status, report["status"])
decided["record"]["outcome"]["data"]["maximum"] = "2000000.00"
status, report = call("POST", "/v1/decision-records/verify", json.dumps(decided["record"]).encode("utf-8"))
print("tampered:", status, report["status"], report["tampered"])
