"""extract_records and to_dataframe, and the Dask and Spark examples built on them."""

from __future__ import annotations

import importlib.util
import json
import multiprocessing
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr.cli import main
from quoteattr.frames import COLUMNS, flatten

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
RECORDS: list[dict[str, Any]] = [
    {"id": "a", "text": "« Nous irons jusqu’au bout », a déclaré la ministre Anne Morel."},
    {"id": 2, "text": "Il pleut sur Brest."},
    {"id": "c", "text": "Selon la police, le calme est revenu dans la nuit."},
]


def _chunk(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return list(quoteattr.extract_records(records))


def test_records_give_the_claims_of_extract_in_order() -> None:
    expected = [
        quoteattr.to_dict(c)
        for r in RECORDS
        for c in quoteattr.extract(str(r["text"]), doc_id=str(r["id"]))
    ]
    got = list(quoteattr.extract_records(RECORDS))
    assert got == expected and [g["doc_id"] for g in got] == ["a", "c"]


def test_extract_records_is_lazy_and_pure() -> None:
    stream = quoteattr.extract_records(iter(RECORDS))
    first = next(stream)
    assert first["doc_id"] == "a"
    assert list(quoteattr.extract_records(RECORDS)) == list(quoteattr.extract_records(RECORDS))


def test_extract_records_runs_in_worker_processes() -> None:
    """Engines ship it to other processes: it pickles and gives the same dicts there."""
    assert pickle.loads(pickle.dumps(quoteattr.extract_records)) is quoteattr.extract_records
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        parts = pool.map(_chunk, [RECORDS[:1], RECORDS[1:]])
    assert parts[0] + parts[1] == list(quoteattr.extract_records(RECORDS))


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "x9", "body": "Oui."}, "record 'x9': record has no \"text\" field"),
        ({"id": "x9", "text": 3}, "record 'x9': \"text\" must be a string, not int"),
        ({"text": "Oui."}, 'record 1: record has no "id" field'),
        ({"id": None, "text": "Oui."}, 'record 1: "id" must be a string or an integer'),
        ({"id": True, "text": "Oui."}, 'record 1: "id" must be a string or an integer'),
        (["Oui."], "record 1: a record must be a mapping"),
    ],
)
def test_bad_record_raises_record_error_naming_it(record: Any, message: str) -> None:
    stream = quoteattr.extract_records([RECORDS[0], record])
    assert next(stream)["doc_id"] == "a"
    with pytest.raises(quoteattr.RecordError) as caught:
        next(stream)
    assert message in str(caught.value)


def test_flatten_has_every_leaf_of_the_json_record() -> None:
    claim = quoteattr.extract(str(RECORDS[0]["text"]), doc_id="a")[0]
    record = quoteattr.to_dict(claim)
    row = flatten(record)
    assert tuple(row) == COLUMNS
    assert row["cue_lemma"] == record["cue"]["lemma"] == "déclarer"
    assert row["speaker_mention_start"] == record["speaker"]["mention"]["start"]
    assert row["quoted_text"] is None and row["quoted_start"] is None
    full = {**record, "quoted": {"text": "Nous", "start": 2, "end": 6}}
    assert set(_leaves(full)) == set(COLUMNS)


def _leaves(value: Any, prefix: str = "") -> list[str]:
    if not isinstance(value, dict):
        return [prefix]
    return [
        leaf
        for key, inner in value.items()
        for leaf in _leaves(inner, f"{prefix}_{key}".strip("_"))
    ]


def test_to_dataframe_flat_columns_and_types() -> None:
    pytest.importorskip("pandas")
    claims = quoteattr.extract(str(RECORDS[0]["text"]), doc_id="a") + quoteattr.extract(
        str(RECORDS[2]["text"]), doc_id="c"
    )
    frame = quoteattr.to_dataframe(claims)
    assert list(frame.columns) == list(COLUMNS) and len(frame) == len(claims) == 2
    assert list(frame["kind"]) == ["direct", "according_to"]
    assert frame["cue_start"].dtype == "Int64" and frame["start"].dtype == "int64"
    assert frame["quoted_start"].isna().all()
    from_dicts = quoteattr.to_dataframe(quoteattr.to_dict(c) for c in claims)
    assert from_dicts.equals(frame)


def test_to_dataframe_of_nothing_has_the_columns() -> None:
    pytest.importorskip("pandas")
    frame = quoteattr.to_dataframe([])
    assert len(frame) == 0 and list(frame.columns) == list(COLUMNS)


def test_to_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'quoteattr\[pandas\]'"):
        quoteattr.to_dataframe([])


def _corpus(path: Path) -> None:
    texts = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))
    with path.open("w", encoding="utf-8") as out:
        for copy in range(3):
            for text in texts:
                record = {"id": f"{text.stem}#{copy}", "text": text.read_text(encoding="utf-8")}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _serial_lines(corpus: Path) -> list[str]:
    import io

    out = io.StringIO()
    assert main(["extract", "--no-progress", str(corpus)], out) == 0
    return sorted(out.getvalue().splitlines())


def _load_example(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_part_files_equal_the_serial_cli_output(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus)
    dask_corpus = _load_example("dask_corpus")
    parts = dask_corpus.extract_corpus(
        str(corpus), str(tmp_path / "out"), blocksize=20_000, scheduler="processes"
    )
    assert len(parts) > 1, "the check needs several partitions"
    lines = sorted(line for p in parts for line in Path(p).read_text("utf-8").splitlines())
    serial = _serial_lines(corpus)
    assert serial and lines == serial
    # each part file ends its last line, so that the parts concatenate into JSONL
    assert all(Path(p).read_bytes().endswith(b"\n") for p in parts)


@pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
    reason="pyspark (pip install 'quoteattr[spark]') and a Java runtime are needed",
)
def test_spark_part_files_equal_the_serial_cli_output(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out"
    _corpus(corpus)
    subprocess.run(
        [sys.executable, str(EXAMPLES / "spark_corpus.py"), str(corpus), str(out)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    lines = sorted(line for p in out.glob("part-*") for line in p.read_text("utf-8").splitlines())
    assert lines == _serial_lines(corpus)
