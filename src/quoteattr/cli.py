"""The ``quoteattr`` command: argument parsing and printing over the library, nothing else.

Errors a user can cause (a missing file, bytes that are not UTF-8, a malformed JSONL line)
arrive as :class:`QuoteattrError` and leave as one line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from quoteattr import __version__
from quoteattr.errors import InputError, QuoteattrError, RecordError
from quoteattr.evaluate import evaluate, format_report, load_gold, report_to_dict
from quoteattr.model import Claim
from quoteattr.pipeline import extract
from quoteattr.serialize import iter_jsonl, to_dict


def decode(data: bytes, source: str) -> str:
    """UTF-8 text from bytes, or an error naming the source and the first bad byte offset."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{source}: binary data, not text (NUL byte at byte offset {nul})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: not UTF-8 text (invalid byte 0x{data[error.start]:02x} at byte offset "
            f"{error.start})"
        ) from None


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


def documents(paths: Sequence[str], stdin: TextIO | None = None) -> Iterator[tuple[str, str]]:
    """(doc_id, text) for every input: text files, JSONL record files, or ``-`` for stdin."""
    for path in paths or ["-"]:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin
            buffer = getattr(stream, "buffer", None)
            data = buffer.read() if buffer is not None else stream.read().encode("utf-8")
            yield "stdin", decode(data, "<stdin>")
        elif path.endswith(".jsonl"):
            yield from _jsonl_documents(path, decode(_read_bytes(path), path))
        else:
            yield Path(path).stem, decode(_read_bytes(path), path)


def _jsonl_documents(path: str, text: str) -> Iterator[tuple[str, str]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise RecordError(f"{path}, line {number}: not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise RecordError(f"{path}, line {number}: a record must be a JSON object")
        if "text" not in record:
            raise RecordError(f'{path}, line {number}: record has no "text" field')
        if not isinstance(record["text"], str):
            raise RecordError(f'{path}, line {number}: "text" must be a string')
        doc_id = record.get("id", f"{Path(path).stem}:{number}")
        yield str(doc_id), record["text"]


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    first = True
    if args.format == "json":
        out.write("[")
    for doc_id, text in documents(args.paths):
        for claim in extract(text, doc_id=doc_id):
            line = json.dumps(to_dict(claim), ensure_ascii=False)
            if args.format == "json":
                out.write(("\n" if first else ",\n") + line)
            else:
                out.write(line + "\n")
            first = False
    if args.format == "json":
        out.write("\n]\n" if not first else "]\n")
    return 0


def _cmd_eval(args: argparse.Namespace, out: TextIO) -> int:
    gold = load_gold(args.gold)
    predicted: dict[str, list[Claim]] = {doc.doc_id: [] for doc in gold}
    if args.pred:
        text = decode(_read_bytes(args.pred), args.pred)
        for claim in iter_jsonl(text.splitlines(), source=args.pred):
            predicted.setdefault(claim.doc_id, []).append(claim)
    else:
        for doc in gold:
            predicted[doc.doc_id] = extract(doc.text, doc_id=doc.doc_id)
    report = evaluate(gold, predicted)
    if args.format == "json":
        out.write(json.dumps(report_to_dict(report), ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(format_report(report, details=not args.summary) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Attributed claims (quotations and reported speech) in French news text.",
    )
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the claims of texts as JSON lines")
    ex.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help='UTF-8 text file, .jsonl file of {"id", "text"} records, or - for stdin (the default)',
    )
    ex.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    ev = sub.add_parser("eval", help="score extraction against a gold annotation")
    ev.add_argument(
        "gold",
        metavar="GOLD",
        help="a .gold.json document, a .jsonl of annotated sentences, or a folder",
    )
    ev.add_argument(
        "--pred",
        metavar="PRED.jsonl",
        help="score these predicted claims instead of running extraction",
    )
    ev.add_argument("--format", choices=("text", "json"), default="text")
    ev.add_argument("--summary", action="store_true", help="only the figures, no lists")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input)."""
    args = build_parser().parse_args(argv)
    stream = out if out is not None else sys.stdout
    try:
        if args.command == "extract":
            return _cmd_extract(args, stream)
        return _cmd_eval(args, stream)
    except QuoteattrError as error:
        print(f"quoteattr: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
