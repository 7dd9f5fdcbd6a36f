"""The command line: inputs of every kind, JSONL out, and one clear error line per bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quoteattr.cli import main

SEED = Path(__file__).parent.parent / "seeds" / "000_8fbd7013e4acd58c.txt"
SEED_GOLD = SEED.with_name("000_8fbd7013e4acd58c.gold.json")
SENTENCE = "« Nous irons jusqu'au bout », a déclaré la ministre.\n"


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    status = main(argv, out)
    return status, out.getvalue()


def records(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_text_file_uses_stem_as_doc_id(tmp_path: Path) -> None:
    path = tmp_path / "article_1.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    status, output = run(["extract", str(path)])
    got = records(output)
    assert status == 0
    assert [(r["doc_id"], r["kind"], r["text"]) for r in got] == [
        ("article_1", "direct", "Nous irons jusqu'au bout")
    ]


def test_extract_jsonl_uses_record_ids_in_order(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "b", "text": SENTENCE},
        {"id": "a", "text": "Rien ici."},
        {"id": 7, "text": SENTENCE},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    status, output = run(["extract", str(path)])
    assert status == 0
    assert [r["doc_id"] for r in records(output)] == ["b", "7"]


def test_extract_offsets_index_the_file_text(tmp_path: Path) -> None:
    text = "\ufeffPréambule.\r\n\r\n« Non merci », a répondu le maire.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    _, output = run(["extract", str(path)])
    got = records(output)
    assert got, "the claim must be found"
    for r in got:
        assert text[r["start"] : r["end"]] == r["text"]


def test_extract_stdin_by_default() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quoteattr", "extract"],
        input=SENTENCE.encode(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0
    got = records(proc.stdout.decode())
    assert [(r["doc_id"], r["kind"]) for r in got] == [("stdin", "direct")]


def test_extract_json_format_is_one_array(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE * 2, encoding="utf-8")
    status, output = run(["extract", "--format", "json", str(path)])
    assert status == 0
    data = json.loads(output)
    assert isinstance(data, list) and len(data) == 2


def test_extract_json_format_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Rien.", encoding="utf-8")
    assert json.loads(run(["extract", "--format", "json", str(path)])[1]) == []


def test_empty_input_prints_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    assert run(["extract", str(path)]) == (0, "")


def _error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    status, output = run(argv)
    err = capsys.readouterr().err
    assert status == 2 and output == ""
    assert "Traceback" not in err and err.startswith("quoteattr: error: ")
    assert err.count("\n") == 1
    return err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(["extract", str(tmp_path / "nope.txt")], capsys)
    assert "nope.txt: no such file" in err


def test_not_utf8_names_byte_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Il a déclaré".encode("latin-1"))
    err = _error(["extract", str(path)], capsys)
    assert "latin1.txt: not UTF-8 text (invalid byte 0xe9 at byte offset 6)" in err


def test_binary_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    err = _error(["extract", str(path)], capsys)
    assert "image.txt: binary data" in err


def test_malformed_jsonl_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "Oui."}\n{"id": 2, "text": \n', encoding="utf-8")
    err = _error(["extract", str(path)], capsys)
    assert "bad.jsonl, line 2: not valid JSON" in err


def test_jsonl_record_without_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notext.jsonl"
    path.write_text('{"id": 1, "body": "Oui."}\n', encoding="utf-8")
    err = _error(["extract", str(path)], capsys)
    assert 'notext.jsonl, line 1: record has no "text" field' in err


def test_jsonl_record_not_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "list.jsonl"
    path.write_text("[1, 2]\n", encoding="utf-8")
    err = _error(["extract", str(path)], capsys)
    assert "list.jsonl, line 1: a record must be a JSON object" in err


def test_directory_given_as_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(["extract", str(tmp_path)], capsys)
    assert "is a directory" in err


def test_eval_on_seed_prints_scores() -> None:
    status, output = run(["eval", str(SEED_GOLD), "--summary"])
    assert status == 0
    assert "claims  loose" in output and "speaker" in output


def test_eval_with_predictions_file(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    status, output = run(["extract", str(SEED)])
    pred.write_text(output, encoding="utf-8")
    status2, from_file = run(["eval", str(SEED_GOLD), "--pred", str(pred), "--format", "json"])
    _, direct = run(["eval", str(SEED_GOLD), "--format", "json"])
    assert status == status2 == 0
    assert json.loads(from_file) == json.loads(direct)


def test_eval_missing_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(["eval", str(tmp_path / "gold.json")], capsys)
    assert "gold.json" in err
