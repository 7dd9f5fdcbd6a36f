"""Run ``quoteattr extract`` over a folder of articles the way one runs it over a corpus.

Run: python examples/cli_corpus.py [FOLDER]   (default: the project's dev articles)

The same commands work on a 1 GB JSONL: the command streams, so memory stays flat.

    quoteattr extract --jobs 2 corpus/ > claims.jsonl         # every *.txt below, sorted
    quoteattr extract --jobs 0 --skip-bad corpus.jsonl        # one process per core
    quoteattr extract --format csv corpus/ > claims.csv       # one row per claim
    quoteattr extract --format html article.txt > view.html   # highlighted page
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev"


def quoteattr_extract(*args: str) -> str:
    command = [sys.executable, "-m", "quoteattr", "extract", "--no-progress", *args]
    return subprocess.run(command, capture_output=True, check=True).stdout.decode("utf-8")


def main(argv: list[str]) -> None:
    folder = argv[0] if argv else str(DEV)
    one = quoteattr_extract("--jobs", "1", folder)
    two = quoteattr_extract("--jobs", "2", folder)
    assert one == two, "--jobs 2 must print exactly what --jobs 1 prints"
    rows = list(csv.DictReader(io.StringIO(quoteattr_extract("--format", "csv", folder))))
    assert len(rows) == len(one.splitlines())
    roles = sum(1 for row in rows if row["speaker_role"])
    print(f"{len(rows)} claims, {roles} with an English role; --jobs 1 and 2 agree")


if __name__ == "__main__":
    main(sys.argv[1:])
