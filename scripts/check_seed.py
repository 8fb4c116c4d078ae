#!/usr/bin/env python3
"""Acceptance check against a seed article and its expected.toml.

    cargo build --release -p dyad
    python3 scripts/check_seed.py ../shared/data/seed

Checks what dyad produces today: structure (headline, subheadline,
published, captions, credits, boilerplate, and that no caption, credit or
boilerplate text is inside a body paragraph) and actors (every mention
resolved to a name of `[actors]` carries exactly the expected code) and
places (every `[places]` name geocoded to the expected country), times
(every `[[time]]` found with its value) and quotes (every `[[quote]]` found
as a direct quote starting with `starts`, attributed to `speaker`, and the
programme title "Good Morning America" not taken for a quote). Prints one line per check and
exits 1 if any fails.
"""
import json
import pathlib
import subprocess
import sys
import tomllib


def main() -> int:
    seed = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/seed")
    dyad = pathlib.Path(__file__).resolve().parent.parent / "target/release/dyad"
    spec = tomllib.loads((seed / "expected.toml").read_text())
    expected = spec["article"]
    articles = sorted(seed.glob("*.txt"))
    out = subprocess.run([str(dyad), "analyze", *map(str, articles)], capture_output=True, check=True)
    doc = json.loads(out.stdout.splitlines()[0])
    raw = doc["text"].encode()

    def text(span):
        return raw[span[0]:span[1]].decode()

    checks = [
        ("headline", doc["headline"], expected["headline"]),
        ("subheadline", doc["subheadline"], expected["subheadline"]),
        ("published", doc["published"], expected["published"]),
        ("captions", len(doc["captions"]), expected["captions"]),
        ("credits", [c["text"] for c in doc["credits"]], expected["credits"]),
        ("boilerplate", [b["text"] for b in doc["boilerplate"]], expected["boilerplate"]),
    ]
    furniture = [c["text"] for c in doc["captions"]] + expected["credits"] + expected["boilerplate"]
    leaked = [f for f in furniture for p in doc["paragraphs"] if f in text(p["span"])]
    checks.append(("no furniture in paragraphs", leaked, []))
    for name, code in spec.get("actors", {}).items():
        found = sorted({a["code"] for a in doc.get("actors", []) if a["name"] == name})
        checks.append((f"actor {name}", found, [code]))
    for name, country in spec.get("places", {}).items():
        found = sorted({p["country"] for p in doc.get("places", []) if name in (p["text"], p["name"])})
        checks.append((f"place {name}", found, [country]))
    for want in spec.get("time", []):
        text, value = want["text"], want["value"]
        # dyad's spans follow TimeML and leave out a leading preposition.
        hits = [t["value"] for t in doc.get("times", []) if t["text"] == text or text.endswith(" " + t["text"])]
        checks.append((f"time {text}", value if value in hits else hits, value))
    for want in spec.get("quote", []):
        starts, speaker = want["starts"], want["speaker"]
        # A direct quote whose content starts with `starts`; its speaker's
        # name is the fullest name of the person (or the words the article
        # uses for a group).
        hits = [q for q in doc.get("quotes", []) if q["kind"] == "direct" and q["text"].startswith(starts)]
        got = sorted({(q["speaker"] or {}).get("text") or "-" for q in hits}) or ["no quote"]
        checks.append((f"quote {starts[:40]}", got, [speaker]))
    titles = [q["text"] for q in doc.get("quotes", []) if q["text"].rstrip(".,") == "Good Morning America"]
    checks.append(("no title as quote", titles, []))
    failed = 0
    for name, got, want in checks:
        ok = got == want
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {got!r}" + ("" if ok else f" (expected {want!r})"))
    print(f"{len(checks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
