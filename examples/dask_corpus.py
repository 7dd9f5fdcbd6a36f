"""Extract the claims of a JSONL corpus with dask.bag, one partition per block of the file.

Run: python examples/dask_corpus.py [IN.jsonl OUT_DIR]

Each input line is a record ``{"id": ..., "text": ...}``; each output part file
``OUT_DIR/NNN.jsonl`` holds claims as JSON lines. Sorted, the lines of all part files are the
lines ``quoteattr extract IN.jsonl`` prints, sorted: ``extract_records`` is pure, so where a
partition runs changes nothing. Without arguments it builds a small corpus from the project's
test articles in a temporary folder and checks exactly that. Needs ``pip install
'quoteattr[dask]'``; point ``dask.config`` at a distributed cluster to go beyond one machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import dask
import dask.bag as db

from quoteattr import extract_records

ROOT = Path(__file__).resolve().parent.parent


def extract_corpus(
    in_path: str, out_dir: str, *, blocksize: int = 64_000, scheduler: str = "processes"
) -> list[str]:
    """Write the claims of ``in_path`` as JSONL part files in ``out_dir``; returns their paths."""
    bag = (
        db.read_text(in_path, blocksize=blocksize, encoding="utf-8")  # type: ignore[no-untyped-call]
        .filter(lambda line: bool(line.strip()))
        .map(json.loads)
        .map_partitions(extract_records)
        .map(lambda claim: json.dumps(claim, ensure_ascii=False))
    )
    with dask.config.set(scheduler=scheduler):
        # every line ends with a newline, the last one too, so that part files concatenate
        written = bag.to_textfiles(
            str(Path(out_dir) / "*.jsonl"), encoding="utf-8", last_endline=True
        )
    return sorted(str(path) for path in written)


def sample_corpus(path: Path, copies: int = 4) -> None:
    """A JSONL corpus made of the seed and the test articles, each repeated ``copies`` times."""
    texts = sorted((ROOT / "tests" / "data").glob("*/*.txt")) + sorted(
        (ROOT / "seeds").glob("*.txt")
    )
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for text in texts:
                record = {"id": f"{text.stem}#{copy}", "text": text.read_text(encoding="utf-8")}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> None:
    if len(argv) == 2:
        parts = extract_corpus(argv[0], argv[1])
        print(f"{len(parts)} part files in {argv[1]}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        sample_corpus(corpus)
        parts = extract_corpus(str(corpus), str(Path(tmp) / "out"))
        lines = sorted(
            line for part in parts for line in Path(part).read_text("utf-8").splitlines()
        )
        serial = subprocess.run(
            [sys.executable, "-m", "quoteattr", "extract", str(corpus)],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        assert lines == sorted(serial.splitlines()), "dask output differs from the CLI's"
        print(f"{len(parts)} partitions, {len(lines)} claims: same lines as quoteattr extract")


if __name__ == "__main__":
    main(sys.argv[1:])
