"""The JSON contract: one flat record per claim, the one place that converts in both directions.

Other tools read these records, so the shape is fixed (docs/json.md): the claim's own span is
flattened to ``text``/``start``/``end`` and every nested span keeps ``text`` so a record can be
checked against its document without the library.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar

from quoteattr.errors import RecordError
from quoteattr.model import Claim, Cue, Span, Speaker

T = TypeVar("T")


def _span(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def to_dict(claim: Claim) -> dict[str, Any]:
    """The JSON record of a claim (plain dicts, lists, str, int, float, bool and None).

    >>> from quoteattr.model import Claim, Span
    >>> to_dict(Claim("d", "direct", Span(3, 6, "Non")))["text"]
    'Non'
    """
    speaker = claim.speaker
    return {
        "doc_id": claim.doc_id,
        "kind": claim.kind,
        "text": claim.content.text,
        "start": claim.content.start,
        "end": claim.content.end,
        "quoted": None if claim.quoted is None else _span(claim.quoted),
        "cue": None
        if claim.cue is None
        else {**_span(claim.cue.span), "lemma": claim.cue.lemma, "type": claim.cue.type},
        "speaker": None
        if speaker is None
        else {
            "mention": None if speaker.mention is None else _span(speaker.mention),
            "name": speaker.name,
            "description": speaker.description,
            "entity": speaker.entity,
            "type": speaker.type,
            "anonymous": speaker.anonymous,
            "title": speaker.title,
            "organization": speaker.organization,
            "role": speaker.role,
        },
        "confidence": claim.confidence,
    }


class _Reader:
    """Reads one record, naming the dotted path of any field that is missing or mistyped."""

    def __init__(self, record: Any, path: str = "") -> None:
        if not isinstance(record, Mapping):
            where = f"field {path!r}" if path else "claim record"
            raise RecordError(f"{where} must be a JSON object, got {type(record).__name__}")
        self.record = record
        self.path = path

    def _name(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, kind: type[T], *, optional: bool = False) -> Any:
        if key not in self.record:
            raise RecordError(f"claim record has no field {self._name(key)!r}")
        value = self.record[key]
        if value is None and optional:
            return value
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not ok:
            expected = kind.__name__ + (" or null" if optional else "")
            raise RecordError(
                f"field {self._name(key)!r} must be {expected}, got {json.dumps(value)[:60]}"
            )
        return value

    def child(self, key: str) -> _Reader | None:
        value = self.get(key, dict, optional=True)
        return None if value is None else _Reader(value, self._name(key))

    def span(self) -> Span:
        return Span(self.get("start", int), self.get("end", int), self.get("text", str))


def from_dict(record: Mapping[str, Any]) -> Claim:
    """The claim a JSON record describes; the exact inverse of :func:`to_dict`.

    Raises :class:`RecordError` naming the field when the record is malformed.

    >>> c = from_dict({"doc_id": "d", "kind": "direct", "text": "Non", "start": 3, "end": 6,
    ...                "quoted": None, "cue": None, "speaker": None, "confidence": 1.0})
    >>> c.text
    'Non'
    """
    top = _Reader(record)
    try:
        quoted = top.child("quoted")
        cue_r = top.child("cue")
        speaker_r = top.child("speaker")
        cue = None
        if cue_r is not None:
            cue = Cue(cue_r.span(), cue_r.get("lemma", str), cue_r.get("type", str))
        speaker = None
        if speaker_r is not None:
            mention = speaker_r.child("mention")
            speaker = Speaker(
                mention=None if mention is None else mention.span(),
                name=speaker_r.get("name", str, optional=True),
                description=speaker_r.get("description", str, optional=True),
                entity=speaker_r.get("entity", int, optional=True),
                type=speaker_r.get("type", str),
                anonymous=speaker_r.get("anonymous", bool),
                title=speaker_r.get("title", str, optional=True),
                organization=speaker_r.get("organization", str, optional=True),
                role=speaker_r.get("role", str, optional=True),
            )
        return Claim(
            doc_id=top.get("doc_id", str),
            kind=top.get("kind", str),
            content=top.span(),
            quoted=None if quoted is None else quoted.span(),
            cue=cue,
            speaker=speaker,
            confidence=top.get("confidence", float),
        )
    except (ValueError, TypeError) as error:
        raise RecordError(f"invalid claim record: {error}") from None


def dumps(claim: Claim) -> str:
    """One JSONL line (without the newline), non-ASCII kept readable."""
    return json.dumps(to_dict(claim), ensure_ascii=False)


def iter_jsonl(lines: Iterable[str], *, source: str = "<input>") -> Iterator[Claim]:
    """Claims from JSONL lines; a bad line raises :class:`RecordError` naming source and line."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield from_dict(json.loads(line))
        except json.JSONDecodeError as error:
            raise RecordError(f"{source}, line {number}: not valid JSON ({error.msg})") from None
        except RecordError as error:
            raise RecordError(f"{source}, line {number}: {error}") from None
