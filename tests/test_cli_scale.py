"""``quoteattr extract`` on corpora: streaming, worker processes, folders, formats, bad records."""

from __future__ import annotations

import csv
import io
import itertools
import json
import sys
import time
import tracemalloc
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from quoteattr import cli
from quoteattr.cli import main
from quoteattr.frames import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "dev"
CLAIM = "« Nous irons jusqu’au bout », a déclaré la ministre Anne Morel.\n"
SELON = "Selon la police, le calme est revenu dans la nuit.\n"


class _Sink(io.TextIOBase):
    """Counts what is written and keeps nothing, so memory measures the command alone."""

    def __init__(self) -> None:
        self.chars = 0

    def write(self, s: str) -> int:
        self.chars += len(s)
        return len(s)


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    status = main(argv, out)
    return status, out.getvalue()


def dev_corpus(path: Path, copies: int = 2) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for text in sorted(DEV.glob("*.txt")):
                record = {"id": f"{text.stem}#{copy}", "text": text.read_text(encoding="utf-8")}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_jobs_2_output_is_byte_identical_to_jobs_1(tmp_path: Path, fmt: str) -> None:
    corpus = dev_corpus(tmp_path / "corpus.jsonl")
    status1, one = run(["extract", "--format", fmt, "--jobs", "1", str(corpus)])
    status2, two = run(["extract", "--format", fmt, "--jobs", "2", str(corpus)])
    assert status1 == status2 == 0
    assert one == two and len(one) > 10_000


def test_jobs_0_means_one_per_core_and_negative_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(CLAIM, encoding="utf-8")
    assert run(["extract", "--jobs", "0", str(path)]) == run(["extract", str(path)])
    with pytest.raises(SystemExit) as caught:
        run(["extract", "--jobs", "-1", str(path)])
    assert caught.value.code == 2


def _big_jsonl(path: Path, megabytes: float) -> Path:
    """Records with short texts and a large unused field: the file is big, the work small."""
    pad = "x" * 3000
    with path.open("w", encoding="utf-8") as out:
        for number in itertools.count():
            if path.stat().st_size > megabytes * 1_000_000:
                break
            text = CLAIM if number % 25 == 0 else "Il pleut."
            out.write(json.dumps({"id": number, "text": text, "pad": pad}) + "\n")
            out.flush()
    return path


def _peak_bytes(path: Path, jobs: int = 1) -> tuple[int, int]:
    sink = _Sink()
    tracemalloc.start()
    try:
        assert main(["extract", "--jobs", str(jobs), str(path)], sink) == 0  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, sink.chars


def test_one_long_document_holds_little_beyond_its_claims() -> None:
    """On one long, claim-dense document the reading's peak is its claims and the normalised
    copy: drafts carry their own mention, mentions and sightings share repeated words, nothing
    keeps every draft's tokens. The bound is about 15 % above what the pipeline needs today."""
    from quoteattr import extract

    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    ]
    for text in texts:
        extract(text)  # lexicons are loaded outside the measure
    document = "\n\n".join(texts * 5)
    tracemalloc.start()
    try:
        claims = extract(document)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(claims) > 4 * len(document) / 1000, "a claim-dense document"
    normalised_copy = 2 * len(document)
    assert peak - normalised_copy < 1.0 * held


def test_extract_streams_in_constant_memory(tmp_path: Path) -> None:
    """Peak memory does not grow with the input: a file four times larger peaks the same,
    far below the file's size."""
    warm = tmp_path / "warm.jsonl"
    warm.write_text(json.dumps({"id": 0, "text": CLAIM}) + "\n", encoding="utf-8")
    _peak_bytes(warm)  # lexicons are loaded once, outside the measure
    small = _big_jsonl(tmp_path / "small.jsonl", 1.5)
    big = _big_jsonl(tmp_path / "big.jsonl", 6)
    small_peak, small_out = _peak_bytes(small)
    big_peak, big_out = _peak_bytes(big)
    assert big_out > 3 * small_out > 0, "the big file has more claims"
    assert big_peak < 2_000_000 < big.stat().st_size
    assert big_peak < small_peak * 1.5 + 200_000


def test_workers_read_ahead_only_a_bounded_window() -> None:
    """With worker processes, the input is read only a few batches ahead of the output."""
    pulled = 0

    def items() -> Iterator[Any]:
        nonlocal pulled
        for number in range(10_000):
            pulled += 1
            yield cli._Item(f"x:{number}", 10, str(number), "Il pleut.")

    results = cli._processed(items(), 2, "jsonl")
    try:
        first = [next(results) for _ in range(5)]
        assert [d.doc_id for d in first] == ["0", "1", "2", "3", "4"]
        # the batches admitted, and the one being filled
        window = (2 * cli._IN_FLIGHT + 1) * cli._BATCH_ITEMS
        assert pulled <= window
    finally:
        results.close()


def test_directory_input_every_txt_below_sorted(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "deep" / "z.txt").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "a.txt").write_text(SELON, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "notes.md").write_text(CLAIM, encoding="utf-8")
    status, output = run(["extract", str(tmp_path)])
    ids = [json.loads(line)["doc_id"] for line in output.splitlines()]
    assert status == 0 and ids == ["a", "b/c", "b/deep/z"]


def test_empty_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, output = run(["extract", str(tmp_path)])
    err = capsys.readouterr().err
    assert (status, output) == (2, "")
    assert "is a directory with no .txt file below" in err


BAD = (
    json.dumps({"id": "ok1", "text": CLAIM})
    + "\n{broken\n"
    + json.dumps({"id": "ok2", "text": SELON})
    + '\n{"id": "n", "body": "x"}\n'
    + json.dumps({"id": "ok3", "text": CLAIM})
    + "\n"
)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_skip_bad_reports_count_and_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(BAD, encoding="utf-8")
    status, output = run(["extract", "--skip-bad", "--jobs", jobs, str(path), "missing.txt"])
    err = capsys.readouterr().err
    assert status == 0
    assert [json.loads(line)["doc_id"] for line in output.splitlines()] == ["ok1", "ok2", "ok3"]
    assert f"{path}, line 2: not valid JSON" in err
    assert f'{path}, line 4: record has no "text" field' in err
    assert "missing.txt: no such file" in err
    assert f"skipped 3 bad records: {path}:2, {path}:4, missing.txt" in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_default_stops_at_the_first_bad_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(BAD, encoding="utf-8")
    status, output = run(["extract", "--jobs", jobs, str(path)])
    err = capsys.readouterr().err
    assert status == 2
    assert [json.loads(line)["doc_id"] for line in output.splitlines()] == ["ok1"]
    assert err.startswith(f"quoteattr: error: {path}, line 2: not valid JSON (")
    assert err.count("\n") == 1


def test_jsonl_lines_are_split_on_newlines_only(tmp_path: Path) -> None:
    """A raw LINE SEPARATOR inside a JSON string is text, not the end of a record; a byte-order
    mark before the first record is skipped."""
    text = "Il pleut.\N{LINE SEPARATOR}Selon la police, le calme est revenu."
    path = tmp_path / "ls.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"id": "ls", "text": text}, ensure_ascii=False).encode()
    )
    status, output = run(["extract", str(path)])
    got = [json.loads(line) for line in output.split("\n") if line]
    assert status == 0 and [r["doc_id"] for r in got] == ["ls"]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in got)


def test_bad_utf8_line_names_line_and_file_offset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin.jsonl"
    first = json.dumps({"id": 1, "text": SELON}).encode() + b"\n"
    path.write_bytes(first + '{"id": 2, "text": "é"}\n'.encode("latin-1"))
    status, output = run(["extract", "--skip-bad", str(path)])
    err = capsys.readouterr().err
    assert status == 0 and json.loads(output)["doc_id"] == "1"
    offset = len(first) + len('{"id": 2, "text": "')
    assert f"line 2: not UTF-8 text (invalid byte 0xe9 at byte offset {offset})" in err


def test_csv_one_row_per_claim_with_the_flat_columns(tmp_path: Path) -> None:
    corpus = dev_corpus(tmp_path / "corpus.jsonl", copies=1)
    _, lines = run(["extract", str(corpus)])
    _, table = run(["extract", "--format", "csv", str(corpus)])
    rows = list(csv.DictReader(io.StringIO(table)))
    records = [json.loads(line) for line in lines.splitlines()]
    assert tuple(rows[0]) == COLUMNS and len(rows) == len(records) > 20
    for row, record in zip(rows, records, strict=True):
        assert row["text"] == record["text"] and int(row["start"]) == record["start"]
        speaker = record["speaker"] or {}
        assert row["speaker_role"] == (speaker.get("role") or "")
        assert row["speaker_anonymous"] in ("true", "false", "")


def test_csv_without_claims_is_the_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Il pleut.", encoding="utf-8")
    assert run(["extract", "--format", "csv", str(path)]) == (0, ",".join(COLUMNS) + "\n")


class _Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.in_h2 = False
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_h2 = tag == "h2"
        self.depth += tag != "meta"

    def handle_endtag(self, tag: str) -> None:
        self.in_h2 = False
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_h2:
            self.headings.append(data)


def test_html_format_is_one_page_with_a_section_per_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Il pleut <fort> & longtemps.", encoding="utf-8")
    status, page = run(["extract", "--format", "html", "--jobs", "2", str(tmp_path)])
    parser = _Sections()
    parser.feed(page)
    assert status == 0 and page.startswith("<!DOCTYPE html>") and page.count("<html") == 1
    assert parser.headings == ["a", "b"] and parser.depth == 0
    assert "Il pleut &lt;fort&gt; &amp; longtemps." in page
    assert 'class="speaker"' in page and "Anne Morel" in page


def test_progress_bar_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(CLAIM, encoding="utf-8")
    status, output = run(["extract", "--progress", str(path)])
    err = capsys.readouterr().err
    assert status == 0 and json.loads(output)["kind"] == "direct"
    assert "extract" in err and "100%" in err


def test_progress_follows_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(CLAIM, encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    run(["extract", str(path)])
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    run(["extract", str(path)])
    assert "100%" in capsys.readouterr().err
    run(["extract", "--no-progress", str(path)])
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(sys.platform != "linux", reason="forked workers inherit the stand-in")
def test_jobs_2_runs_two_documents_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two workers take about half the wall time of one on 4 KB documents that each take
    10 ms (a sleeping stand-in for the engine, so the check holds on a busy machine)."""

    def slow_extract(text: str, doc_id: str | None = None) -> list[Any]:
        time.sleep(0.01)
        return []

    monkeypatch.setattr(cli, "extract", slow_extract)
    items = [cli._Item(f"x:{n}", 4_000, str(n), "t") for n in range(160)]
    walls = {}
    for jobs in (1, 2):
        start = time.perf_counter()
        done = [d.doc_id for d in cli._processed(iter(items), jobs, "jsonl")]
        walls[jobs] = time.perf_counter() - start
        assert done == [str(n) for n in range(160)]
    assert walls[2] < 0.75 * walls[1]
