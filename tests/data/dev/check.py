"""Validate the hand-annotated development set, so a slip in an offset or a key fails loudly.

Run ``python tests/data/dev/check.py [DIR ...]``; it exits 1 and names the file, claim and field
of every problem, or prints a one-line summary and exits 0. It reads the files only with the
standard library and ``regex``, so it does not depend on the engine it is meant to judge.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import regex

KINDS: Final = frozenset(
    {"direct", "indirect", "mixed", "partial", "according_to", "nested", "hypothetical", "stance"}
)
SPEAKER_TYPES: Final = frozenset({"person", "organization", "document"})
DOCUMENT_KEYS: Final = ("document", "language", "date", "claims")
CLAIM_KEYS: Final = ("id", "kind", "content", "start", "end", "cue", "speaker", "required")
SPEAKER_KEYS: Final = (
    "entity",
    "name",
    "mention",
    "type",
    "anonymous",
    "title",
    "organization",
    "role_terms_en",
    "accept",
)
OPTIONAL_CLAIM_KEYS: Final = frozenset({"quoted", "note", "addressee", "time", "channel"})

DATE: Final = regex.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$")
CLAIM_ID: Final = regex.compile(r"^[co]\d{2}$")
# Opening and closing marks a direct quotation's content must lie inside, never include.
MARKS: Final = (
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    '\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"'
)
# Padding allowed between a mark and the quoted words.
PADDING: Final = " \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}"


def _claim_problems(claim: Mapping[str, Any], text: str) -> Iterator[str]:
    """Every way one claim disagrees with its text or the format; empty when it is sound."""
    for key in CLAIM_KEYS:
        if key not in claim:
            yield f"missing key {key!r}"
    if any(key not in claim for key in ("kind", "content", "start", "end")):
        return
    extra = set(claim) - set(CLAIM_KEYS) - OPTIONAL_CLAIM_KEYS
    if extra:
        yield f"unknown keys {sorted(extra)}"
    if claim["kind"] not in KINDS:
        yield f"kind {claim['kind']!r} is not one of {sorted(KINDS)}"
    start, end, content = claim["start"], claim["end"], claim["content"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        yield f"offsets {start}:{end} do not fit a text of {len(text)} characters"
        return
    if text[start:end] != content:
        yield f"text[{start}:{end}] is {text[start:end]!r}, not the content {content!r}"
    if content != content.strip() or content.strip(PADDING) != content:
        yield "content starts or ends with a space"
    if claim["kind"] == "direct" and (content[0] in MARKS or content[-1] in MARKS):
        yield "a direct quotation's content must not include its outer marks"
    quoted = claim.get("quoted")
    if claim["kind"] == "mixed" and not quoted:
        yield "a mixed claim needs 'quoted'"
    if quoted is not None and quoted not in content:
        yield f"quoted {quoted!r} is not inside the content"
    if not isinstance(claim["required"], bool):
        yield "'required' must be true or false"
    cue = claim["cue"]
    if not isinstance(cue, str) or cue not in text:
        yield f"cue {cue!r} does not occur in the text"
    yield from _speaker_problems(claim["speaker"], text)


def _speaker_problems(speaker: Any, text: str) -> Iterator[str]:
    """Problems of one speaker record; named speakers must be accepted by their own name."""
    if not isinstance(speaker, dict):
        yield "speaker must be an object"
        return
    for key in SPEAKER_KEYS:
        if key not in speaker:
            yield f"speaker: missing key {key!r}"
    if any(key not in speaker for key in SPEAKER_KEYS):
        return
    if speaker["type"] not in SPEAKER_TYPES:
        yield f"speaker.type {speaker['type']!r} is not one of {sorted(SPEAKER_TYPES)}"
    if not isinstance(speaker["anonymous"], bool):
        yield "speaker.anonymous must be true or false"
    if not isinstance(speaker["mention"], str) or speaker["mention"] not in text:
        yield f"speaker.mention {speaker['mention']!r} does not occur in the text"
    for key in ("role_terms_en", "accept"):
        value = speaker[key]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            yield f"speaker.{key} must be a list of non-empty strings"
    accept = speaker["accept"]
    if not accept:
        yield "speaker.accept must not be empty"
    name = speaker["name"]
    if (
        name is not None
        and isinstance(accept, list)
        and not any(_folded(a) in _folded(name) for a in accept if isinstance(a, str))
    ):
        yield f"speaker.name {name!r} contains none of accept {accept}"


def _folded(value: str) -> str:
    """Case and apostrophe folding, as the scorer compares names."""
    return value.casefold().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")


def check_file(gold_path: Path) -> list[str]:
    """Every problem in one gold file, each prefixed with where it is.

    >>> check_file(Path("tests/data/dev/001_securite_rurale.gold.json"))
    []
    """
    where = gold_path.name
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        return [f"{where}: cannot read: {error}"]
    problems = [f"{where}: missing key {key!r}" for key in DOCUMENT_KEYS if key not in gold]
    if problems:
        return problems
    text_path = gold_path.with_name(gold["document"])
    if text_path.name != gold_path.name.removesuffix(".gold.json") + ".txt":
        problems.append(f"{where}: document {gold['document']!r} does not match the file name")
    try:
        text = text_path.read_text(encoding="utf-8")
    except OSError as error:
        return [*problems, f"{where}: cannot read {text_path.name}: {error}"]
    if gold["language"] != "fr":
        problems.append(f"{where}: language must be 'fr'")
    if not DATE.match(str(gold["date"])):
        problems.append(f"{where}: date {gold['date']!r} is not YYYY-MM")
    ids: set[str] = set()
    names: dict[str, object] = {}
    for index, claim in enumerate(gold["claims"]):
        label = f"{where}: claim {claim.get('id', f'#{index}')}"
        claim_id = claim.get("id")
        if not isinstance(claim_id, str) or not CLAIM_ID.match(claim_id):
            problems.append(f"{label}: id must be cNN (required) or oNN (optional)")
        elif claim_id in ids:
            problems.append(f"{label}: duplicate id")
        else:
            ids.add(claim_id)
            if (claim_id[0] == "c") != (claim.get("required") is True):
                problems.append(f"{label}: 'c' ids are for required claims, 'o' for optional")
        problems.extend(f"{label}: {p}" for p in _claim_problems(claim, text))
        speaker = claim.get("speaker")
        if isinstance(speaker, dict) and "entity" in speaker:
            seen = names.setdefault(speaker["entity"], speaker.get("name"))
            if seen != speaker.get("name"):
                problems.append(f"{label}: entity {speaker['entity']!r} has two names")
    spans = [(c["start"], c["end"]) for c in gold["claims"] if {"start", "end"} <= set(c)]
    for index, negative in enumerate(gold.get("negatives", [])):
        if set(negative) != {"text", "why"} or negative["text"] not in text:
            problems.append(
                f"{where}: negative #{index} needs 'text' found in the document and 'why'"
            )
            continue
        # A trap must lie outside every claim, or scoring it as "no claim" would be wrong.
        start = text.index(negative["text"])
        end = start + len(negative["text"])
        if any(s < end and start < e for s, e in spans):
            problems.append(f"{where}: negative #{index} overlaps a claim")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """Check every ``*.gold.json`` in the given folders (default: this script's folder).

    >>> main(["tests/data/dev"])
    12 gold files, 93 claims (85 required): all valid
    0
    """
    folders = [Path(a) for a in (sys.argv[1:] if argv is None else argv)] or [Path(__file__).parent]
    gold_paths = sorted(p for folder in folders for p in folder.glob("*.gold.json"))
    if not gold_paths:
        print(f"no *.gold.json in {', '.join(map(str, folders))}", file=sys.stderr)
        return 1
    problems = [p for path in gold_paths for p in check_file(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problems in {len(gold_paths)} gold files", file=sys.stderr)
        return 1
    claims = [c for p in gold_paths for c in json.loads(p.read_text("utf-8"))["claims"]]
    required = sum(1 for c in claims if c["required"])
    print(f"{len(gold_paths)} gold files, {len(claims)} claims ({required} required): all valid")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
