"""Extract the claims of a JSONL corpus with PySpark, one ``extract_records`` call per partition.

Run: python examples/spark_corpus.py [IN.jsonl OUT_DIR]

Spark needs ``pip install 'quoteattr[spark]'`` (pyspark, about 450 MB) and a Java runtime
(``apt-get install -y openjdk-17-jre-headless``); without them this script says so and exits
0. With no arguments it runs Spark locally on a corpus built from the project's test articles
and checks that the claims equal those of ``quoteattr extract``. On a cluster, ship quoteattr
to the executors (``pip install quoteattr`` there, or ``--py-files``) and pass a ``spark://``
or ``yarn`` master through ``SPARK_MASTER``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from quoteattr import extract_records

ROOT = Path(__file__).resolve().parent.parent


def extract_corpus(in_path: str, out_dir: str, master: str = "local[2]") -> None:
    """Write the claims of ``in_path`` as Spark part files (JSON lines) in ``out_dir``."""
    from pyspark.sql import SparkSession

    # The executors must run the Python that has quoteattr installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(os.environ.get("SPARK_MASTER", master))
        .appName("quoteattr")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        (
            spark.sparkContext.textFile(in_path)
            .filter(lambda line: bool(line.strip()))
            .map(json.loads)
            .mapPartitions(extract_records)
            .map(lambda claim: json.dumps(claim, ensure_ascii=False))
            .saveAsTextFile(out_dir)
        )
    finally:
        spark.stop()


def _sample_corpus(path: Path) -> None:
    texts = sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    with path.open("w", encoding="utf-8") as out:
        for text in texts:
            record = {"id": text.stem, "text": text.read_text(encoding="utf-8")}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> None:
    if importlib.util.find_spec("pyspark") is None or shutil.which("java") is None:
        print("pyspark or java is missing: pip install 'quoteattr[spark]' and install a JRE")
        return
    if len(argv) == 2:
        extract_corpus(argv[0], argv[1])
        print(f"part files in {argv[1]}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus.jsonl", Path(tmp) / "out"
        _sample_corpus(corpus)
        extract_corpus(str(corpus), str(out))
        lines = sorted(
            line for part in out.glob("part-*") for line in part.read_text("utf-8").splitlines()
        )
        serial = subprocess.run(
            [sys.executable, "-m", "quoteattr", "extract", str(corpus)],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        assert lines == sorted(serial.splitlines()), "Spark output differs from the CLI's"
        print(f"{len(lines)} claims: same lines as quoteattr extract")


if __name__ == "__main__":
    main(sys.argv[1:])
