"""Tests of gold loading and scoring (quoteattr.evaluate).

The French sentences here are written for these tests; none comes from an annotated corpus.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.errors import GoldError, RecordError
from quoteattr.evaluate import (
    LOOSE,
    STRICT,
    GoldClaim,
    GoldDocument,
    evaluate,
    format_report,
    iou,
    load_gold,
    report_to_dict,
    role_matches,
    speaker_matches,
)
from quoteattr.model import Claim, Cue, Span, Speaker

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8fbd7013e4acd58c.gold.json"
DEV = Path("/work/shared/dev/gsd_dev_sample.gold.jsonl")

APOS = "\N{RIGHT SINGLE QUOTATION MARK}"
LQ = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RQ = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"

TEXT = (
    "La ministre de la Santé a déclaré que la réforme serait votée en mars. "
    f"{LQ} Nous tiendrons bon {RQ}, a-t-elle ajouté devant les députés. "
    f"Selon l{APOS}opposition, le calendrier est intenable."
)


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def _gold(
    text: str,
    content: str,
    *,
    kind: str = "indirect",
    required: bool = True,
    accept: tuple[str, ...] = ("ministre",),
    terms: tuple[str, ...] = (),
    claim_id: str = "c01",
) -> GoldClaim:
    return GoldClaim(
        id=claim_id,
        kind=kind,
        content=_span(text, content),
        required=required,
        cue=None,
        speaker_accept=accept,
        speaker_anonymous=False,
        role_terms=terms,
        speaker_mention=None,
        note=None,
    )


def _perfect(doc: GoldDocument) -> list[Claim]:
    """Predictions that copy the gold: speaker name = accept[0], role = the role terms."""
    return [
        Claim(
            doc.doc_id,
            g.kind,  # type: ignore[arg-type]
            g.content,
            speaker=Speaker(
                name=g.speaker_accept[0] if g.speaker_accept else None,
                role=" ".join(g.role_terms) or None,
            ),
        )
        for g in doc.claims
    ]


def _claim_record(text: str, content: str, **extra: Any) -> dict[str, Any]:
    start = text.index(content)
    record: dict[str, Any] = {
        "kind": "indirect",
        "content": content,
        "start": start,
        "end": start + len(content),
        "cue": None,
        "cue_start": None,
        "cue_end": None,
        "speaker": {
            "mention": None,
            "mention_start": None,
            "mention_end": None,
            "type": "person",
            "anonymous": False,
            "title": None,
            "organization": None,
            "role_terms_en": [],
            "accept": ["ministre"],
        },
        "required": True,
    }
    record.update(extra)
    return record


def _write_jsonl(path: Path, lines: list[Any]) -> Path:
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
        + "\n",
        encoding="utf-8",
    )
    return path


def _write_document(directory: Path, stem: str, text: str, claims: list[Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{stem}.txt").write_text(text, encoding="utf-8")
    gold = directory / f"{stem}.gold.json"
    gold.write_text(
        json.dumps({"document": f"{stem}.txt", "claims": claims}, ensure_ascii=False),
        encoding="utf-8",
    )
    return gold


# --------------------------------------------------------------------------- loading


def test_seed_gold_loads_with_its_required_and_optional_claims() -> None:
    (doc,) = load_gold(SEED)
    assert doc.doc_id == "000_8fbd7013e4acd58c"
    assert len(doc.claims) == 18
    assert sum(c.required for c in doc.claims) == 14
    assert [c.id for c in doc.claims if not c.required] == ["o01", "o02", "o03", "o04"]
    for claim in doc.claims:
        assert doc.text[claim.content.start : claim.content.end] == claim.content.text
    c05 = next(c for c in doc.claims if c.id == "c05")
    assert c05.role_terms == ("top diplomat", "EU")
    assert c05.cue == f"s{APOS}est plaint"
    assert c05.speaker_accept == ("Josep Borrell",)


def test_directory_of_documents_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    assert load_gold(SEED.parent) == load_gold(SEED)
    _write_document(tmp_path / "b", "zeta", "Il a dit oui.", [])
    _write_document(tmp_path / "a", "alpha", TEXT, [])
    docs = load_gold(tmp_path)
    assert [d.doc_id for d in docs] == ["alpha", "zeta"]
    assert docs[1].text == "Il a dit oui."


def test_document_text_keeps_its_line_endings(tmp_path: Path) -> None:
    text = f"Il a dit :\r\n{LQ} Non. {RQ}"
    (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))
    claim = {"id": "c01", **_claim_record(text, "Non."), "kind": "direct"}
    gold = {"document": "crlf.txt", "claims": [claim]}
    (tmp_path / "crlf.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (doc,) = load_gold(tmp_path / "crlf.gold.json")
    assert doc.text == text
    assert doc.claims[0].content == Span(14, 18, "Non.")


def test_jsonl_lines_are_documents_with_generated_claim_ids(tmp_path: Path) -> None:
    mention = "La ministre de la Santé"
    record: dict[str, Any] = {
        "id": "s1",
        "text": TEXT,
        "claims": [
            _claim_record(
                TEXT,
                "la réforme serait votée en mars",
                cue="a déclaré",
                cue_start=TEXT.index("a déclaré"),
                cue_end=TEXT.index("a déclaré") + len("a déclaré"),
            ),
            _claim_record(TEXT, "Nous tiendrons bon", kind="direct", required=False),
        ],
    }
    record["claims"][0]["speaker"].update(
        mention=mention, mention_start=0, mention_end=len(mention), role_terms_en=["minister"]
    )
    empty = {"id": 7, "text": "Rien.", "claims": []}
    path = _write_jsonl(tmp_path / "g.jsonl", [record, "", empty])
    docs = load_gold(path)
    assert [d.doc_id for d in docs] == ["s1", "7"]
    first, second = docs[0].claims
    assert (first.id, second.id) == ("c01", "c02")
    assert first.cue == "a déclaré"
    assert first.speaker_mention == mention
    assert first.role_terms == ("minister",)
    assert (second.kind, second.required) == ("direct", False)
    assert docs[1].claims == ()


@pytest.mark.skipif(not DEV.exists(), reason="dev sample not present")
def test_dev_sample_loads() -> None:
    docs = load_gold(DEV)
    assert len(docs) == 381
    assert sum(len(d.claims) for d in docs) == 118
    assert sum(len(d.required) for d in docs) == 67


# --------------------------------------------------------------------------- gold errors


def _bad_jsonl(tmp_path: Path, *lines: Any) -> str:
    with pytest.raises(GoldError) as info:
        load_gold(_write_jsonl(tmp_path / "bad.jsonl", list(lines)))
    return str(info.value)


def test_jsonl_missing_key_names_line_claim_and_key(tmp_path: Path) -> None:
    claim = _claim_record(TEXT, "Nous tiendrons bon")
    del claim["required"]
    ok = {"id": "s0", "text": "Rien.", "claims": []}
    message = _bad_jsonl(tmp_path, ok, {"id": "s1", "text": TEXT, "claims": [claim]})
    assert "bad.jsonl, line 2" in message
    assert "claim c01" in message
    assert "missing key 'required'" in message


def test_jsonl_missing_text_is_reported(tmp_path: Path) -> None:
    message = _bad_jsonl(tmp_path, {"id": "s1", "claims": []})
    assert "line 1" in message and "missing key 'text'" in message


def test_bad_kind_names_the_kind_and_the_accepted_ones(tmp_path: Path) -> None:
    claim = _claim_record(TEXT, "Nous tiendrons bon", kind="quote")
    message = _bad_jsonl(tmp_path, {"id": "s1", "text": TEXT, "claims": [claim]})
    assert "unknown kind 'quote'" in message
    assert "according_to" in message


def test_offsets_that_do_not_reproduce_content_are_reported(tmp_path: Path) -> None:
    claim = _claim_record(TEXT, "Nous tiendrons bon")
    claim["start"] += 1
    message = _bad_jsonl(tmp_path, {"id": "s1", "text": TEXT, "claims": [claim]})
    assert "content offsets" in message and "'Nous tiendrons bon'" in message


def test_offsets_past_the_end_are_reported(tmp_path: Path) -> None:
    claim = _claim_record(TEXT, "Nous tiendrons bon")
    claim["end"] = len(TEXT) + 5
    message = _bad_jsonl(tmp_path, {"id": "s1", "text": TEXT, "claims": [claim]})
    assert "outside the text" in message


def test_cue_offsets_are_checked_in_jsonl(tmp_path: Path) -> None:
    claim = _claim_record(TEXT, "Nous tiendrons bon", cue="a ajouté", cue_start=0, cue_end=8)
    message = _bad_jsonl(tmp_path, {"id": "s1", "text": TEXT, "claims": [claim]})
    assert "cue offsets 0:8" in message


def test_wrong_types_are_reported(tmp_path: Path) -> None:
    claim = _claim_record(TEXT, "Nous tiendrons bon", required="yes")
    message = _bad_jsonl(tmp_path, {"id": "s1", "text": TEXT, "claims": [claim]})
    assert "'required' must be true or false" in message
    claim = _claim_record(TEXT, "Nous tiendrons bon")
    claim["speaker"]["accept"] = "ministre"
    message = _bad_jsonl(tmp_path, {"id": "s1", "text": TEXT, "claims": [claim]})
    assert "speaker" in message and "'accept' must be a list of strings" in message


def test_bad_json_line_is_reported_with_its_number(tmp_path: Path) -> None:
    message = _bad_jsonl(tmp_path, {"id": "s1", "text": "Rien.", "claims": []}, '{"id": "s2",')
    assert "line 2" in message and "not valid JSON" in message
    message = _bad_jsonl(tmp_path, "[1, 2]")
    assert "line 1" in message and "must be a JSON object" in message


def test_duplicate_jsonl_ids_are_reported(tmp_path: Path) -> None:
    record = {"id": "s1", "text": "Rien.", "claims": []}
    message = _bad_jsonl(tmp_path, record, record)
    assert "line 2" in message and "'s1' already used on line 1" in message


def test_document_errors_name_the_file_and_the_claim(tmp_path: Path) -> None:
    bad = _claim_record(TEXT, "Nous tiendrons bon", id="c07")
    bad["content"] = "Nous tiendrons"
    gold = _write_document(tmp_path, "doc", TEXT, [bad])
    with pytest.raises(GoldError, match=r"doc\.gold\.json, claim c07: content offsets"):
        load_gold(gold)


def test_document_claims_need_an_id(tmp_path: Path) -> None:
    gold = _write_document(tmp_path, "doc", TEXT, [_claim_record(TEXT, "Nous tiendrons bon")])
    with pytest.raises(GoldError, match=r"claim #1: missing key 'id'"):
        load_gold(gold)


def test_document_with_missing_text_file_is_reported(tmp_path: Path) -> None:
    gold = _write_document(tmp_path, "doc", TEXT, [])
    (tmp_path / "doc.txt").unlink()
    with pytest.raises(GoldError, match=r"doc\.txt.*does not exist; put it beside the gold file"):
        load_gold(gold)


def test_document_with_bad_json_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "doc.gold.json"
    path.write_text('{\n "document": "doc.txt",\n "claims": [,]\n}', encoding="utf-8")
    with pytest.raises(GoldError, match=r"doc\.gold\.json, line 3, column \d+: not valid JSON"):
        load_gold(path)


def test_duplicate_claim_ids_in_a_document_are_reported(tmp_path: Path) -> None:
    claim = _claim_record(TEXT, "Nous tiendrons bon", id="c01")
    gold = _write_document(tmp_path, "doc", TEXT, [claim, claim])
    with pytest.raises(GoldError, match=r"claim ids used more than once: c01"):
        load_gold(gold)


def test_paths_that_are_not_gold_are_reported(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no such file or directory"):
        load_gold(tmp_path / "absent.txt")
    with pytest.raises(GoldError, match=r"no \*\.gold\.json file"):
        load_gold(tmp_path)
    other = tmp_path / "notes.txt"
    other.write_text("Rien.", encoding="utf-8")
    with pytest.raises(GoldError, match=r"expected a directory, a \.json document or a \.jsonl"):
        load_gold(other)
    with pytest.raises(GoldError, match=r"absent\.jsonl: the gold file does not exist"):
        load_gold(tmp_path / "absent.jsonl")


def test_text_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    gold = _write_document(tmp_path, "doc", TEXT, [])
    (tmp_path / "doc.txt").write_bytes("Il a déclaré".encode("latin-1"))
    with pytest.raises(GoldError, match="is not UTF-8"):
        load_gold(gold)


# --------------------------------------------------------------------------- scoring


def test_iou_of_spans() -> None:
    assert iou(Span(0, 10, "x" * 10), Span(0, 10, "x" * 10)) == 1.0
    assert iou(Span(0, 30, "x" * 30), Span(10, 40, "x" * 30)) == 0.5
    assert iou(Span(0, 5, "x" * 5), Span(5, 9, "x" * 4)) == 0.0


def test_perfect_predictions_on_the_seed_score_one() -> None:
    (doc,) = load_gold(SEED)
    report = evaluate([doc], {doc.doc_id: _perfect(doc)})
    for score in (report.loose, report.strict):
        assert (score.tp, score.fp, score.fn, score.dropped) == (14, 0, 0, 4)
        assert score.precision == score.recall == score.f1 == 1.0
    assert (report.speaker.correct, report.speaker.total) == (14, 14)
    assert report.speaker.value == report.speaker_matched.value == 1.0
    assert report.role.value == 1.0 and report.role.total == 14
    assert (report.kind.correct, report.kind.total) == (14, 14)
    assert report.misses == () and report.false_positives == ()
    assert report.wrong_speakers == () and report.wrong_roles == ()
    assert (report.required, report.optional, report.predicted) == (14, 4, 18)


@pytest.mark.skipif(not DEV.exists(), reason="dev sample not present")
def test_perfect_predictions_on_the_dev_sample_score_one() -> None:
    docs = load_gold(DEV)
    report = evaluate(docs, {d.doc_id: _perfect(d) for d in docs if d.claims})
    assert report.loose.f1 == report.strict.f1 == 1.0
    assert report.speaker.value == 1.0
    assert report.loose.tp == 67


def test_half_overlap_counts_at_loose_but_not_strict() -> None:
    text = "x" * 50
    doc = GoldDocument("d", text, (_gold(text, text[0:30]),))
    shifted = Claim("d", "indirect", Span.of(text, 10, 40), speaker=Speaker(name="la ministre"))
    assert iou(doc.claims[0].content, shifted.content) == 0.5
    report = evaluate([doc], {"d": [shifted]})
    assert (report.loose.tp, report.loose.fp, report.loose.fn) == (1, 0, 0)
    assert (report.strict.tp, report.strict.fp, report.strict.fn) == (0, 1, 1)
    assert LOOSE <= 0.5 < STRICT


def test_prediction_matching_an_optional_claim_is_dropped() -> None:
    optional = _gold(TEXT, "Nous tiendrons bon", kind="direct", required=False)
    doc = GoldDocument("d", TEXT, (optional,))
    found = Claim("d", "direct", _span(TEXT, "Nous tiendrons bon"))
    report = evaluate([doc], {"d": [found]})
    assert (report.loose.tp, report.loose.fp, report.loose.fn, report.loose.dropped) == (0, 0, 0, 1)
    assert report.false_positives == ()
    assert report.loose.precision == 1.0


def test_prediction_elsewhere_is_a_false_positive_with_its_cue() -> None:
    doc = GoldDocument("d", TEXT, (_gold(TEXT, "la réforme serait votée en mars"),))
    elsewhere = Claim(
        "d",
        "according_to",
        _span(TEXT, "le calendrier est intenable"),
        cue=Cue(_span(TEXT, "Selon"), "selon", "selon"),
    )
    report = evaluate([doc], {"d": [elsewhere]})
    assert (report.loose.tp, report.loose.fp, report.loose.fn) == (0, 1, 1)
    assert report.loose.precision == 0.0 and report.loose.f1 == 0.0
    (fp,) = report.false_positives
    assert (fp.doc_id, fp.kind, fp.cue) == ("d", "according_to", "Selon")
    (miss,) = report.misses
    assert (miss.claim_id, miss.content.text) == ("c01", "la réforme serait votée en mars")


def test_matching_is_one_to_one_and_best_overlap_first() -> None:
    text = "y" * 60
    doc = GoldDocument("d", text, (_gold(text, text[0:20]),))
    rough = Claim("d", "indirect", Span.of(text, 2, 20))
    exact = Claim("d", "indirect", Span.of(text, 0, 20))
    report = evaluate([doc], {"d": [rough, exact]})
    assert (report.loose.tp, report.loose.fp) == (1, 1)
    assert report.false_positives[0].content == rough.content


def test_wrong_speaker_is_counted_and_listed() -> None:
    gold = (
        _gold(TEXT, "la réforme serait votée en mars", accept=("ministre de la Santé",)),
        _gold(TEXT, "Nous tiendrons bon", kind="direct", claim_id="c02"),
    )
    doc = GoldDocument("d", TEXT, gold)
    right = Claim(
        "d", "indirect", gold[0].content, speaker=Speaker(description="la Ministre  de la santé")
    )
    wrong = Claim("d", "direct", gold[1].content, speaker=Speaker(name="Les députés"))
    report = evaluate([doc], {"d": [right, wrong]})
    assert (report.speaker.correct, report.speaker.total) == (1, 2)
    assert (report.speaker_matched.correct, report.speaker_matched.total) == (1, 2)
    (bad,) = report.wrong_speakers
    assert (bad.claim_id, bad.accept, bad.name) == ("c02", ("ministre",), "Les députés")


def test_missed_claims_count_against_speaker_but_not_matched_speaker() -> None:
    doc = GoldDocument("d", TEXT, (_gold(TEXT, "la réforme serait votée en mars"),))
    report = evaluate([doc], {})
    assert (report.speaker.correct, report.speaker.total) == (0, 1)
    assert report.speaker_matched.total == 0


def test_speaker_is_matched_on_name_description_or_mention() -> None:
    content = _span(TEXT, "Nous tiendrons bon")
    accept = [f"l{APOS}opposition"]
    by_name = Claim("d", "direct", content, speaker=Speaker(name="L'Opposition"))
    by_mention = Claim(
        "d", "direct", content, speaker=Speaker(name="X", mention=_span(TEXT, f"l{APOS}opposition"))
    )
    nobody = Claim("d", "direct", content, speaker=Speaker(name="La ministre"))
    assert speaker_matches(by_name, accept)
    assert speaker_matches(by_mention, accept)
    assert not speaker_matches(nobody, accept)
    assert not speaker_matches(Claim("d", "direct", content), accept)
    nbsp = Claim("d", "direct", content, speaker=Speaker(name="Emily\N{NO-BREAK SPACE}Horne"))
    assert speaker_matches(nbsp, ["emily horne"])


def test_role_terms_must_all_appear_as_words() -> None:
    assert role_matches("White House spokesperson", ["spokesperson", "white house"])
    assert role_matches("EU top diplomat", ["top diplomat", "EU"])
    assert not role_matches("EUR top diplomat", ["EU"])
    assert not role_matches("top EU diplomat", ["top diplomat"])
    assert not role_matches("spokesperson", ["spokesperson", "White House"])
    assert not role_matches(None, ["minister"])


def test_role_accuracy_is_counted_over_claims_with_terms() -> None:
    gold = (
        _gold(TEXT, "la réforme serait votée en mars", terms=("health", "minister")),
        _gold(TEXT, "Nous tiendrons bon", kind="direct", claim_id="c02", terms=("minister",)),
        _gold(TEXT, "le calendrier est intenable", kind="according_to", claim_id="c03"),
    )
    doc = GoldDocument("d", TEXT, gold)
    predictions = [
        Claim("d", g.kind, g.content, speaker=Speaker(name="ministre", role=role))  # type: ignore[arg-type]
        for g, role in zip(gold, ["Health Minister", "spokesperson", None], strict=True)
    ]
    report = evaluate([doc], {"d": predictions})
    assert (report.role.correct, report.role.total) == (1, 2)
    (bad,) = report.wrong_roles
    assert (bad.claim_id, bad.terms, bad.role) == ("c02", ("minister",), "spokesperson")


def test_kind_accuracy_and_per_kind_table() -> None:
    gold = (
        _gold(TEXT, "Nous tiendrons bon", kind="direct"),
        _gold(TEXT, "la réforme serait votée en mars", claim_id="c02"),
    )
    doc = GoldDocument("d", TEXT, gold)
    predictions = [
        Claim("d", "mixed", gold[0].content),
        Claim("d", "indirect", gold[1].content),
        Claim("d", "indirect", _span(TEXT, "le calendrier est intenable")),
    ]
    report = evaluate([doc], {"d": predictions})
    assert (report.kind.correct, report.kind.total) == (1, 2)
    rows = {row.kind: row for row in report.kinds}
    assert set(rows) == {"direct", "indirect", "mixed"}
    assert (rows["direct"].required, rows["direct"].found, rows["direct"].predicted) == (1, 1, 0)
    assert rows["direct"].predicted_as == (("mixed", 1),)
    assert (rows["indirect"].predicted, rows["indirect"].false_positives) == (2, 1)
    assert (rows["mixed"].required, rows["mixed"].predicted) == (0, 1)


def test_predictions_for_unknown_documents_are_an_error() -> None:
    doc = GoldDocument("d", TEXT, ())
    with pytest.raises(RecordError, match="the gold does not have: other"):
        evaluate([doc], {"other": []})


def test_predicted_span_must_reproduce_the_gold_text() -> None:
    doc = GoldDocument("d", TEXT, ())
    stray = Claim("d", "direct", Span(0, 4, "Nous"))
    with pytest.raises(RecordError, match="does not reproduce 'Nous'"):
        evaluate([doc], {"d": [stray]})


def test_duplicate_gold_documents_are_an_error() -> None:
    doc = GoldDocument("d", TEXT, ())
    with pytest.raises(GoldError, match="more than once: d"):
        evaluate([doc, doc], {})


# --------------------------------------------------------------------------- output


def test_format_report_summary_table_and_details() -> None:
    (doc,) = load_gold(SEED)
    predictions = _perfect(doc)[1:]  # c01 missed
    predictions.append(Claim(doc.doc_id, "direct", Span.of(doc.text, 0, 12)))
    biden = Speaker(name="Biden")
    predictions[0] = Claim(doc.doc_id, "indirect", predictions[0].content, speaker=biden)
    report = evaluate([doc], {doc.doc_id: predictions})
    text = format_report(report)
    lines = text.splitlines()
    assert "claims  loose  P=0.929 R=0.929 F1=0.929 (tp=13 fp=1 fn=1)" in lines
    assert any(line.startswith("claims  strict P=") for line in lines)
    assert "speaker  12/14 = 0.857  (of matched 12/13 = 0.923)" in lines
    assert any(line.startswith("role  ") for line in lines)
    assert "kind  13/13 = 1.000" in lines
    assert any(line.startswith("indirect") for line in lines)
    assert "misses (1)" in lines and "false positives (1)" in lines
    assert "wrong speakers (1)" in lines
    miss_line = lines[lines.index("misses (1)") + 1]
    assert " c01 indirect: " in miss_line
    assert len(miss_line.split(": ", 1)[1]) <= 72  # 70 characters and two quotes
    short = format_report(report, details=False)
    assert "misses" not in short and short.splitlines()[1] == lines[1]


def test_report_to_dict_is_json_and_carries_the_figures() -> None:
    (doc,) = load_gold(SEED)
    report = evaluate([doc], {doc.doc_id: _perfect(doc)[:-1]})
    data = json.loads(json.dumps(report_to_dict(report)))
    assert data["claims"]["loose"]["tp"] == 14
    assert data["claims"]["strict"]["f1"] == 1.0
    assert data["gold"] == {"required": 14, "optional": 4}
    assert data["speaker"] == {"correct": 14, "total": 14, "value": 1.0}
    assert {row["kind"] for row in data["kinds"]} >= {"direct", "stance"}
    assert data["claims"]["loose"]["dropped"] == 3


# --------------------------------------------------------------------------- property


SIZE = 40


@st.composite
def _spans(draw: st.DrawFn) -> tuple[int, int]:
    start = draw(st.integers(0, SIZE - 1))
    return start, draw(st.integers(start + 1, SIZE))


@given(
    gold=st.lists(st.tuples(_spans(), st.booleans()), max_size=6),
    predicted=st.lists(_spans(), max_size=6),
)
def test_counts_add_up_and_scores_stay_in_unit_interval(
    gold: list[tuple[tuple[int, int], bool]], predicted: list[tuple[int, int]]
) -> None:
    """Every required gold claim is found or missed; every prediction is a hit, a false
    positive or dropped on an optional claim; precision, recall and F1 lie in [0, 1]."""
    text = "z" * SIZE
    doc = GoldDocument(
        "d",
        text,
        tuple(
            GoldClaim(
                f"g{i}",
                "direct",
                Span.of(text, s, e),
                required,
                None,
                ("x",),
                False,
                (),
                None,
                None,
            )
            for i, ((s, e), required) in enumerate(gold)
        ),
    )
    claims = [Claim("d", "direct", Span.of(text, s, e)) for s, e in predicted]
    report = evaluate([doc], {"d": claims})
    required = sum(r for _, r in gold)
    for score in (report.loose, report.strict):
        assert score.tp + score.fn == required
        assert score.tp + score.fp + score.dropped == len(predicted)
        assert 0.0 <= score.precision <= 1.0
        assert 0.0 <= score.recall <= 1.0
        assert 0.0 <= score.f1 <= 1.0
    assert report.speaker.total == required
    assert len(report.misses) == report.loose.fn
    assert len(report.false_positives) == report.loose.fp


@pytest.mark.parametrize(
    "path",
    sorted(Path(__file__).parent.glob("data/*/*.gold.jsonl")),
    ids=lambda p: p.name,
)
def test_every_bundled_gold_jsonl_loads_with_checked_offsets(path: Path) -> None:
    """The held-out and adversarial sets are read by ``quoteattr eval``: their offsets must
    hold, or their figures would mean nothing."""
    docs = load_gold(path)
    assert sum(len(doc.claims) for doc in docs) >= 50
    for doc in docs:
        for claim in doc.claims:
            assert doc.text[claim.content.start : claim.content.end] == claim.content.text


def test_two_gold_claims_on_one_span_pair_by_kind() -> None:
    """« Citant X, le journal affirme que … » is two claims on the same words: the reporter's
    (indirect) and the cited source's (according_to). Predictions in the other order still
    pair each with the gold claim of its kind, so both speakers count."""
    text = "Citant un rapport, le journal affirme que les urgences ont manqué de lits."
    content = "les urgences ont manqué de lits"
    doc = GoldDocument(
        "d",
        text,
        (
            _gold(text, content, kind="indirect", accept=("journal",), claim_id="c01"),
            _gold(text, content, kind="according_to", accept=("rapport",), claim_id="c02"),
        ),
    )
    predicted = [
        Claim("d", "according_to", _span(text, content), speaker=Speaker(name="un rapport")),
        Claim("d", "indirect", _span(text, content), speaker=Speaker(name="le journal")),
    ]
    report = evaluate([doc], {"d": predicted})
    assert report.loose.tp == 2
    assert report.speaker.correct == 2
