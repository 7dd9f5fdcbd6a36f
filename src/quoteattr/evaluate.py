"""Scoring predicted claims against hand-made gold annotations, for ``quoteattr eval``.

Gold comes in two shapes: whole documents (``*.gold.json`` with the ``.txt`` beside it) and
isolated sentences (JSONL, each line its own document). Both are read into the same
:class:`GoldDocument` values, checked as they are read, so a scoring run never starts on an
annotation whose offsets disagree with its text.

Claims are matched on the overlap of their content spans (intersection over union) at two
thresholds: loose, which asks whether the claim was found at all, and strict, which asks
whether its extent is right. Optional gold claims (nested, hypothetical speech, stance) are
neither required nor held against a system that finds them. A ratio over nothing is 1.0:
nothing was missed, nothing was wrong.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs
import regex

from quoteattr.errors import GoldError, RecordError
from quoteattr.model import CLAIM_KINDS, Claim, Span

__all__ = [
    "LOOSE",
    "STRICT",
    "FalsePositive",
    "GoldClaim",
    "GoldDocument",
    "KindRow",
    "Miss",
    "Ratio",
    "Report",
    "Score",
    "WrongRole",
    "WrongSpeaker",
    "evaluate",
    "format_report",
    "iou",
    "load_gold",
    "report_to_dict",
    "role_matches",
    "speaker_matches",
]

LOOSE: Final = 0.3
STRICT: Final = 0.8
_EXCERPT: Final = 70

# Apostrophes that annotators and systems use interchangeably.
_APOSTROPHES: Final = regex.compile(
    "[\N{RIGHT SINGLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{MODIFIER LETTER APOSTROPHE}]"
)
_SPACES: Final = regex.compile(r"\s+")
_WORD: Final = regex.compile(r"\w+")


def _kind_validator(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in CLAIM_KINDS:
        raise ValueError(f"{attribute.name} must be one of {', '.join(CLAIM_KINDS)}; got {value!r}")


# --------------------------------------------------------------------------- gold values


@attrs.frozen
class GoldClaim:
    """One annotated claim, reduced to what scoring needs; both gold formats give the same."""

    id: str
    kind: str = attrs.field(validator=_kind_validator)
    content: Span
    required: bool
    cue: str | None
    speaker_accept: tuple[str, ...]
    speaker_anonymous: bool
    role_terms: tuple[str, ...]
    speaker_mention: str | None
    note: str | None


@attrs.frozen
class GoldDocument:
    """A text and its gold claims; ``doc_id`` is what ``quoteattr extract`` names the text."""

    doc_id: str
    text: str
    claims: tuple[GoldClaim, ...]

    @property
    def required(self) -> tuple[GoldClaim, ...]:
        return tuple(c for c in self.claims if c.required)


# --------------------------------------------------------------------------- reading gold


@attrs.frozen
class _Fields:
    """One JSON object read with every complaint naming where it is (file, line, claim)."""

    data: Mapping[str, Any]
    where: str

    @classmethod
    def of(cls, raw: object, where: str, what: str) -> _Fields:
        if not isinstance(raw, Mapping):
            raise GoldError(f"{where}: {what} must be a JSON object, got {_json_type(raw)}")
        return cls(raw, where)

    def raw(self, key: str) -> Any:
        if key not in self.data:
            raise GoldError(f"{self.where}: missing key {key!r}")
        return self.data[key]

    def wrong(self, key: str, expected: str, value: object) -> GoldError:
        shown = json.dumps(value, ensure_ascii=False)[:60]
        return GoldError(f"{self.where}: {key!r} must be {expected}, got {shown}")

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str):
            raise self.wrong(key, "a string", value)
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, str):
            raise self.wrong(key, "a string or null", value)
        return value

    def integer(self, key: str) -> int:
        value = self.raw(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.wrong(key, "an integer", value)
        return value

    def optional_integer(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise self.wrong(key, "an integer or null", value)
        return value

    def boolean(self, key: str, default: bool | None = None) -> bool:
        value = self.raw(key) if default is None else self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.wrong(key, "true or false", value)
        return value

    def strings(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.raw(key) if required else self.data.get(key, [])
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.wrong(key, "a list of strings", value)
        return tuple(value)

    def items(self, key: str) -> list[Any]:
        value = self.raw(key)
        if not isinstance(value, list):
            raise self.wrong(key, "a list", value)
        return value


def _json_type(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(
        type(value), "null" if value is None else "a number"
    )


def _excerpt(text: str, limit: int = _EXCERPT) -> str:
    flat = str(_SPACES.sub(" ", text)).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\N{HORIZONTAL ELLIPSIS}"


def _check_offsets(fields: _Fields, text: str, what: str, value: str, start: int, end: int) -> None:
    """Offsets must reproduce the annotated string, or every score built on them is wrong."""
    if not 0 <= start <= end <= len(text):
        raise GoldError(
            f"{fields.where}: {what} offsets {start}:{end} lie outside the text "
            f"({len(text)} characters); fix the offsets"
        )
    if text[start:end] != value:
        raise GoldError(
            f"{fields.where}: {what} offsets {start}:{end} give {_excerpt(text[start:end])!r}, "
            f"not {_excerpt(value)!r}; fix the offsets or the string"
        )


def _gold_claim(raw: object, text: str, where: str, index: int, *, jsonl: bool) -> GoldClaim:
    """One claim of either format; JSONL claims have no id and carry cue/mention offsets."""
    fields = _Fields.of(raw, f"{where}, claim #{index}", "a claim")
    claim_id = fields.optional_text("id") if jsonl else fields.text("id")
    claim_id = claim_id or f"c{index:02d}"
    fields = attrs.evolve(fields, where=f"{where}, claim {claim_id}")
    kind = fields.text("kind")
    if kind not in CLAIM_KINDS:
        raise GoldError(
            f"{fields.where}: unknown kind {kind!r}; use one of {', '.join(CLAIM_KINDS)}"
        )
    content = fields.text("content")
    start, end = fields.integer("start"), fields.integer("end")
    _check_offsets(fields, text, "content", content, start, end)
    required = fields.boolean("required")
    cue = fields.optional_text("cue")
    if jsonl and cue is not None:
        cue_start = fields.optional_integer("cue_start")
        cue_end = fields.optional_integer("cue_end")
        if cue_start is not None and cue_end is not None:
            _check_offsets(fields, text, "cue", cue, cue_start, cue_end)
    raw_speaker = fields.raw("speaker")
    accept: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    anonymous = False
    mention = None
    if raw_speaker is not None:
        speaker = _Fields.of(raw_speaker, f"{fields.where}, speaker", "the speaker")
        accept = speaker.strings("accept")
        terms = speaker.strings("role_terms_en", required=False)
        anonymous = speaker.boolean("anonymous", default=False)
        mention = speaker.optional_text("mention")
        if jsonl and mention is not None:
            m_start = speaker.optional_integer("mention_start")
            m_end = speaker.optional_integer("mention_end")
            if m_start is not None and m_end is not None:
                _check_offsets(speaker, text, "mention", mention, m_start, m_end)
    return GoldClaim(
        id=claim_id,
        kind=kind,
        content=Span(start, end, content),
        required=required,
        cue=cue,
        speaker_accept=accept,
        speaker_anonymous=anonymous,
        role_terms=terms,
        speaker_mention=mention,
        note=fields.optional_text("note"),
    )


def _unique_ids(claims: Sequence[GoldClaim], where: str) -> None:
    seen = Counter(c.id for c in claims)
    twice = sorted(i for i, n in seen.items() if n > 1)
    if twice:
        raise GoldError(f"{where}: claim ids used more than once: {', '.join(twice)}")


def _read_utf8(path: Path, what: str) -> str:
    # Bytes decoded as they are: offsets count code points of the file as given, newlines kept.
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise GoldError(f"{path}: {what} does not exist") from None
    except UnicodeDecodeError as error:
        raise GoldError(f"{path}: {what} is not UTF-8 (byte {error.start})") from None
    except OSError as error:
        raise GoldError(f"{path}: cannot read {what} ({error.strerror})") from None


def _load_document(path: Path) -> GoldDocument:
    source = _read_utf8(path, "the gold file")
    try:
        raw = json.loads(source)
    except json.JSONDecodeError as error:
        raise GoldError(
            f"{path}, line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})"
        ) from None
    fields = _Fields.of(raw, str(path), "a gold document")
    name = fields.text("document")
    text_path = path.parent / name
    if not text_path.is_file():
        raise GoldError(
            f"{path}: the text file {str(text_path)!r} named by 'document' does not exist; "
            "put it beside the gold file"
        )
    text = _read_utf8(text_path, "the text file")
    claims = tuple(
        _gold_claim(raw_claim, text, str(path), index, jsonl=False)
        for index, raw_claim in enumerate(fields.items("claims"), 1)
    )
    _unique_ids(claims, str(path))
    return GoldDocument(Path(name).stem, text, claims)


def _load_jsonl(path: Path) -> tuple[GoldDocument, ...]:
    documents: list[GoldDocument] = []
    seen: dict[str, int] = {}
    # Split on "\n" only: str.splitlines would also cut at U+2028 inside a JSON string.
    for number, line in enumerate(_read_utf8(path, "the gold file").split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{where}: not valid JSON ({error.msg})") from None
        fields = _Fields.of(raw, where, "a gold record")
        doc_id = fields.raw("id")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id:
            raise fields.wrong("id", "a non-empty string", doc_id)
        if doc_id in seen:
            raise GoldError(f"{where}: id {doc_id!r} already used on line {seen[doc_id]}")
        seen[doc_id] = number
        text = fields.text("text")
        claims = tuple(
            _gold_claim(raw_claim, text, where, index, jsonl=True)
            for index, raw_claim in enumerate(fields.items("claims"), 1)
        )
        _unique_ids(claims, where)
        documents.append(GoldDocument(doc_id, text, claims))
    return tuple(documents)


def load_gold(path: str | os.PathLike[str]) -> tuple[GoldDocument, ...]:
    """Every gold document at ``path``: a directory of ``*.gold.json``, one document, or JSONL.

    Everything is checked while reading, so a bad annotation fails here with a
    :class:`GoldError` naming the file, line or claim, not later as a puzzling score.

    >>> docs = load_gold("seeds/000_8fbd7013e4acd58c.gold.json")  # doctest: +SKIP
    >>> docs[0].claims[0].content.text[:22]  # doctest: +SKIP
    'Le président Joe Biden'
    """
    where = Path(path)
    if where.is_dir():
        files = sorted(where.rglob("*.gold.json"))
        if not files:
            raise GoldError(f"{where}: no *.gold.json file in this directory")
        documents = tuple(_load_document(f) for f in files)
    elif where.suffix == ".jsonl":
        documents = _load_jsonl(where)
    elif where.suffix == ".json":
        documents = (_load_document(where),)
    elif not where.exists():
        raise GoldError(f"{where}: no such file or directory")
    else:
        raise GoldError(f"{where}: expected a directory, a .json document or a .jsonl file")
    ids = Counter(d.doc_id for d in documents)
    twice = sorted(i for i, n in ids.items() if n > 1)
    if twice:
        raise GoldError(f"{where}: document ids used more than once: {', '.join(twice)}")
    return documents


# --------------------------------------------------------------------------- matching


def iou(a: Span, b: Span) -> float:
    """Intersection over union of two character spans [start, end); why: length-fair overlap.

    >>> iou(Span.of("Il a dit oui", 0, 4), Span.of("Il a dit oui", 2, 6))
    0.3333333333333333
    """
    union = max(a.end, b.end) - min(a.start, b.start)
    if union == 0:  # two empty spans: only the same point matches
        return 1.0 if a.start == b.start else 0.0
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    return inter / union


def _match(
    gold: Sequence[Span],
    predicted: Sequence[Span],
    threshold: float,
    kinds: tuple[Sequence[str], Sequence[str]] | None = None,
) -> dict[int, int]:
    """Greedy one-to-one matching, best overlap first; among equal overlaps a claim of the
    same kind first (« Citant X, le journal affirme que … » gives two claims on one span), then
    the earlier spans."""
    pairs = []
    for g, gs in enumerate(gold):
        for p, ps in enumerate(predicted):
            score = iou(gs, ps)
            if score >= threshold and score > 0:
                other = kinds is not None and kinds[0][g] != kinds[1][p]
                pairs.append((-score, other, gs.start, gs.end, ps.start, ps.end, g, p))
    pairs.sort()
    gold_to_pred: dict[int, int] = {}
    used: set[int] = set()
    for *_, g, p in pairs:
        if g not in gold_to_pred and p not in used:
            gold_to_pred[g] = p
            used.add(p)
    return gold_to_pred


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return str(_SPACES.sub(" ", _APOSTROPHES.sub("'", text))).strip()


def speaker_matches(claim: Claim, accept: Sequence[str]) -> bool:
    """Whether the predicted speaker's name, description or mention contains an accepted string.

    Names are checked first, but a pronoun-only or anonymous source is right by its mention
    or description (« un haut responsable »), so all three are tried.

    >>> from quoteattr.model import Speaker
    >>> c = Claim("d", "direct", Span(0, 3, "Non"), speaker=Speaker(name="Josep Borrell"))
    >>> speaker_matches(c, ["josep borrell"])
    True
    """
    speaker = claim.speaker
    if speaker is None or not accept:
        return False
    wanted = [_normalise(a) for a in accept if a.strip()]
    mention = None if speaker.mention is None else speaker.mention.text
    for got in (speaker.name, speaker.description, mention):
        if got is not None and any(w in _normalise(got) for w in wanted):
            return True
    return False


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def role_matches(role: str | None, terms: Sequence[str]) -> bool:
    """Whether an English role label holds every term as whole words (« EU » not in « EUR »).

    >>> role_matches("EU top diplomat", ["top diplomat", "eu"])
    True
    """
    if role is None:
        return False
    words = _WORD.findall(_normalise(role))
    return all(_contains_words(words, _WORD.findall(_normalise(t))) for t in terms)


# --------------------------------------------------------------------------- report values


@attrs.frozen
class Score:
    """Claim detection at one overlap threshold; ``dropped`` found optional claims."""

    threshold: float
    tp: int
    fp: int
    fn: int
    dropped: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen
class Ratio:
    """A share with its counts kept, so a report shows 13/14 and not only 0.929."""

    correct: int
    total: int

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


@attrs.frozen
class KindRow:
    """One gold kind: how many are required and found, and what kinds the system gave them."""

    kind: str
    required: int
    optional: int
    found: int
    found_strict: int
    predicted: int
    false_positives: int
    predicted_as: tuple[tuple[str, int], ...]


@attrs.frozen
class Miss:
    doc_id: str
    claim_id: str
    kind: str
    content: Span


@attrs.frozen
class FalsePositive:
    doc_id: str
    kind: str
    content: Span
    cue: str | None


@attrs.frozen
class WrongSpeaker:
    doc_id: str
    claim_id: str
    accept: tuple[str, ...]
    name: str | None
    description: str | None
    mention: str | None


@attrs.frozen
class WrongRole:
    doc_id: str
    claim_id: str
    terms: tuple[str, ...]
    role: str | None


@attrs.frozen
class Report:
    """Every figure of one evaluation run, with the claims behind the errors."""

    documents: int
    required: int
    optional: int
    predicted: int
    loose: Score
    strict: Score
    speaker: Ratio
    speaker_matched: Ratio
    role: Ratio
    kind: Ratio
    kinds: tuple[KindRow, ...]
    misses: tuple[Miss, ...]
    false_positives: tuple[FalsePositive, ...]
    wrong_speakers: tuple[WrongSpeaker, ...]
    wrong_roles: tuple[WrongRole, ...]


# --------------------------------------------------------------------------- scoring


def _check_predictions(doc: GoldDocument, claims: Sequence[Claim]) -> None:
    # A span that does not reproduce the gold text means predictions on another text.
    for number, claim in enumerate(claims, 1):
        span = claim.content
        if doc.text[span.start : span.end] != span.text:
            raise RecordError(
                f"predicted claim #{number} of document {doc.doc_id!r}: span "
                f"{span.start}:{span.end} does not reproduce {_excerpt(span.text)!r} in the "
                "gold text; were the predictions made on the same file?"
            )


def evaluate(gold: Sequence[GoldDocument], predicted: Mapping[str, Sequence[Claim]]) -> Report:
    """Score predictions (keyed by doc_id) against gold at the loose and strict thresholds.

    Speaker, role and kind are judged on the loose matching, since a claim with a slightly
    different extent still has the right source.

    >>> doc = GoldDocument("d", "Il a dit non.", ())
    >>> evaluate([doc], {}).loose.f1
    1.0
    """
    ids = Counter(d.doc_id for d in gold)
    twice = sorted(i for i, n in ids.items() if n > 1)
    if twice:
        raise GoldError(f"gold document ids used more than once: {', '.join(twice)}")
    unknown = sorted(set(predicted) - set(ids))
    if unknown:
        raise RecordError(
            f"predictions for documents the gold does not have: {', '.join(unknown[:5])}"
            + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
        )
    counts: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = {k: Counter() for k in CLAIM_KINDS}
    predicted_as: dict[str, Counter[str]] = {k: Counter() for k in CLAIM_KINDS}
    misses: list[Miss] = []
    false_positives: list[FalsePositive] = []
    wrong_speakers: list[WrongSpeaker] = []
    wrong_roles: list[WrongRole] = []

    for doc in gold:
        claims = tuple(predicted.get(doc.doc_id, ()))
        _check_predictions(doc, claims)
        gold_spans = [g.content for g in doc.claims]
        pred_spans = [p.content for p in claims]
        counts["predicted"] += len(claims)
        for claim in claims:
            per_kind[claim.kind]["predicted"] += 1
        for name, threshold in (("loose", LOOSE), ("strict", STRICT)):
            matching = _match(
                gold_spans,
                pred_spans,
                threshold,
                ([g.kind for g in doc.claims], [p.kind for p in claims]),
            )
            for g, gc in enumerate(doc.claims):
                if not gc.required:
                    counts[f"{name}.dropped"] += g in matching
                elif g in matching:
                    counts[f"{name}.tp"] += 1
                    per_kind[gc.kind][f"found.{name}"] += 1
                else:
                    counts[f"{name}.fn"] += 1
            matched = set(matching.values())
            for p, pc in enumerate(claims):
                if p not in matched:
                    counts[f"{name}.fp"] += 1
                    if name == "loose":
                        per_kind[pc.kind]["fp"] += 1
                        false_positives.append(
                            FalsePositive(
                                doc.doc_id,
                                pc.kind,
                                pc.content,
                                None if pc.cue is None else pc.cue.span.text,
                            )
                        )
            if name != "loose":
                continue
            for g, gc in enumerate(doc.claims):
                per_kind[gc.kind]["required" if gc.required else "optional"] += 1
                if not gc.required:
                    continue
                if g not in matching:
                    misses.append(Miss(doc.doc_id, gc.id, gc.kind, gc.content))
                    counts["speaker.total"] += bool(gc.speaker_accept)
                    counts["role.total"] += bool(gc.role_terms)
                    continue
                pc = claims[matching[g]]
                predicted_as[gc.kind][pc.kind] += 1
                counts["kind.total"] += 1
                counts["kind.correct"] += pc.kind == gc.kind
                if gc.speaker_accept:
                    counts["speaker.total"] += 1
                    counts["speaker.matched"] += 1
                    if speaker_matches(pc, gc.speaker_accept):
                        counts["speaker.correct"] += 1
                    else:
                        s = pc.speaker
                        wrong_speakers.append(
                            WrongSpeaker(
                                doc.doc_id,
                                gc.id,
                                gc.speaker_accept,
                                None if s is None else s.name,
                                None if s is None else s.description,
                                None if s is None or s.mention is None else s.mention.text,
                            )
                        )
                if gc.role_terms:
                    counts["role.total"] += 1
                    role = None if pc.speaker is None else pc.speaker.role
                    if role_matches(role, gc.role_terms):
                        counts["role.correct"] += 1
                    else:
                        wrong_roles.append(WrongRole(doc.doc_id, gc.id, gc.role_terms, role))

    def score(name: str, threshold: float) -> Score:
        return Score(
            threshold,
            counts[f"{name}.tp"],
            counts[f"{name}.fp"],
            counts[f"{name}.fn"],
            counts[f"{name}.dropped"],
        )

    rows = tuple(
        KindRow(
            kind=kind,
            required=c["required"],
            optional=c["optional"],
            found=c["found.loose"],
            found_strict=c["found.strict"],
            predicted=c["predicted"],
            false_positives=c["fp"],
            predicted_as=tuple(sorted(predicted_as[kind].items(), key=lambda kv: (-kv[1], kv[0]))),
        )
        for kind, c in per_kind.items()
        if c["required"] or c["optional"] or c["predicted"]
    )
    return Report(
        documents=len(gold),
        required=sum(r.required for r in rows),
        optional=sum(r.optional for r in rows),
        predicted=counts["predicted"],
        loose=score("loose", LOOSE),
        strict=score("strict", STRICT),
        speaker=Ratio(counts["speaker.correct"], counts["speaker.total"]),
        speaker_matched=Ratio(counts["speaker.correct"], counts["speaker.matched"]),
        role=Ratio(counts["role.correct"], counts["role.total"]),
        kind=Ratio(counts["kind.correct"], counts["kind.total"]),
        kinds=rows,
        misses=tuple(misses),
        false_positives=tuple(false_positives),
        wrong_speakers=tuple(wrong_speakers),
        wrong_roles=tuple(wrong_roles),
    )


# --------------------------------------------------------------------------- output


def _ratio(r: Ratio) -> str:
    return f"{r.correct}/{r.total} = {r.value:.3f}"


def _score_line(name: str, s: Score) -> str:
    return (
        f"claims  {name:<6} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
        f"(tp={s.tp} fp={s.fp} fn={s.fn})"
    )


def format_report(report: Report, *, details: bool = True) -> str:
    """The report as a fixed-width text table for a terminal, errors listed after the figures.

    >>> print(format_report(evaluate([GoldDocument("d", "Non.", ())], {})).splitlines()[1])
    claims  loose  P=1.000 R=1.000 F1=1.000 (tp=0 fp=0 fn=0)
    """
    lines = [
        f"documents {report.documents}  gold {report.required} required "
        f"+ {report.optional} optional  predicted {report.predicted}",
        _score_line("loose", report.loose),
        _score_line("strict", report.strict),
        f"speaker  {_ratio(report.speaker)}  (of matched {_ratio(report.speaker_matched)})",
        f"role  {_ratio(report.role)}",
        f"kind  {_ratio(report.kind)}",
    ]
    if report.kinds:
        lines += [
            "",
            f"{'kind':<13}{'gold':>5}{'found':>6}{'strict':>7}{'opt':>5}{'pred':>5}{'fp':>4}"
            "  matched as",
        ]
        for row in report.kinds:
            matched_as = " ".join(f"{k}:{n}" for k, n in row.predicted_as)
            row_line = (
                f"{row.kind:<13}{row.required:>5}{row.found:>6}{row.found_strict:>7}"
                f"{row.optional:>5}{row.predicted:>5}{row.false_positives:>4}  {matched_as}"
            )
            lines.append(row_line.rstrip())
    if details:
        if report.misses:
            lines += ["", f"misses ({len(report.misses)})"]
            lines += [
                f'  {m.doc_id} {m.claim_id} {m.kind}: "{_excerpt(m.content.text)}"'
                for m in report.misses
            ]
        if report.false_positives:
            lines += ["", f"false positives ({len(report.false_positives)})"]
            lines += [
                f"  {f.doc_id} {f.kind} {f.content.start}:{f.content.end}"
                f' cue={_shown(f.cue)}: "{_excerpt(f.content.text)}"'
                for f in report.false_positives
            ]
        if report.wrong_speakers:
            lines += ["", f"wrong speakers ({len(report.wrong_speakers)})"]
            lines += [
                f"  {w.doc_id} {w.claim_id}: expected {' | '.join(w.accept)}; got "
                f"name={_shown(w.name)} description={_shown(w.description)} "
                f"mention={_shown(w.mention)}"
                for w in report.wrong_speakers
            ]
        if report.wrong_roles:
            lines += ["", f"wrong roles ({len(report.wrong_roles)})"]
            lines += [
                f"  {w.doc_id} {w.claim_id}: expected {' + '.join(w.terms)}; got {_shown(w.role)}"
                for w in report.wrong_roles
            ]
    return "\n".join(lines)


def _shown(value: str | None) -> str:
    return "-" if value is None else f'"{_excerpt(value)}"'


def _span_dict(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def _score_dict(s: Score) -> dict[str, Any]:
    return {
        "threshold": s.threshold,
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "dropped": s.dropped,
    }


def _ratio_dict(r: Ratio) -> dict[str, Any]:
    return {"correct": r.correct, "total": r.total, "value": r.value}


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON values, for ``quoteattr eval --format json``.

    >>> report_to_dict(evaluate([GoldDocument("d", "Non.", ())], {}))["claims"]["loose"]["f1"]
    1.0
    """
    return {
        "documents": report.documents,
        "gold": {"required": report.required, "optional": report.optional},
        "predicted": report.predicted,
        "claims": {"loose": _score_dict(report.loose), "strict": _score_dict(report.strict)},
        "speaker": _ratio_dict(report.speaker),
        "speaker_matched": _ratio_dict(report.speaker_matched),
        "role": _ratio_dict(report.role),
        "kind": _ratio_dict(report.kind),
        "kinds": [
            {
                "kind": r.kind,
                "required": r.required,
                "optional": r.optional,
                "found": r.found,
                "found_strict": r.found_strict,
                "predicted": r.predicted,
                "false_positives": r.false_positives,
                "predicted_as": dict(r.predicted_as),
            }
            for r in report.kinds
        ],
        "misses": [
            {"doc_id": m.doc_id, "id": m.claim_id, "kind": m.kind, "content": _span_dict(m.content)}
            for m in report.misses
        ],
        "false_positives": [
            {"doc_id": f.doc_id, "kind": f.kind, "content": _span_dict(f.content), "cue": f.cue}
            for f in report.false_positives
        ],
        "wrong_speakers": [
            {
                "doc_id": w.doc_id,
                "id": w.claim_id,
                "accept": list(w.accept),
                "name": w.name,
                "description": w.description,
                "mention": w.mention,
            }
            for w in report.wrong_speakers
        ],
        "wrong_roles": [
            {"doc_id": w.doc_id, "id": w.claim_id, "terms": list(w.terms), "role": w.role}
            for w in report.wrong_roles
        ],
    }
