"""The ``quoteattr`` command: argument parsing and printing over the library, nothing else.

Errors a user can cause (a missing file, bytes that are not UTF-8, a malformed JSONL line)
arrive as :class:`QuoteattrError` and leave as one line on stderr with exit status 2; with
``--skip-bad`` they are reported and skipped instead.

``extract`` streams: inputs are read one document (one JSONL line) at a time and each
document's claims are written as soon as they are known, so memory stays flat on any corpus
size. With ``--jobs N`` the documents go through a pool of N processes in bounded windows and
come back in input order, so the output is byte-identical whatever N.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, TextIO

import attrs

from quoteattr import __version__
from quoteattr.errors import InputError, QuoteattrError, RecordError
from quoteattr.evaluate import evaluate, format_report, load_gold, report_to_dict
from quoteattr.frames import COLUMNS, flatten
from quoteattr.model import Claim
from quoteattr.pipeline import extract
from quoteattr.render import document_html, page_end, page_start
from quoteattr.serialize import from_dict, iter_jsonl, to_dict

# Documents per task sent to a worker, and tasks in flight per worker: enough to keep every
# worker busy, few enough that memory does not grow with the corpus.
# Documents travel to workers in batches of about _BATCH_BYTES (at most _BATCH_ITEMS): one
# sentence per record would otherwise cost more to send than to read.
_BATCH_BYTES: Final = 16 * 1024
_BATCH_ITEMS: Final = 256
_IN_FLIGHT: Final = 4  # batches read ahead per worker
_BOM: Final = "\ufeff".encode()
_MAX_LISTED: Final = 20


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


@attrs.frozen
class _Item:
    """One document to process, or one bad input to report, with where it came from."""

    where: str  # file or file:line, for --skip-bad reports
    size: int  # bytes read, for the progress bar
    doc_id: str = ""
    text: str = ""
    error: str | None = None
    error_type: str = "InputError"


@attrs.frozen
class _Done:
    """A processed document: its claims, or the error that stopped it.

    For the JSON formats the worker writes each claim's line itself (``lines``) and
    ``claims`` stays empty: strings cross between processes far more cheaply than dicts, and
    the parent, which every worker waits on, has less to do.
    """

    where: str
    size: int
    doc_id: str
    text: str
    claims: tuple[dict[str, Any], ...]
    error: str | None
    error_type: str
    lines: tuple[str, ...] = ()


_ERRORS: Final[Mapping[str, type[QuoteattrError]]] = MappingProxyType(
    {"InputError": InputError, "RecordError": RecordError, "QuoteattrError": QuoteattrError}
)


def _bad(where: str, size: int, error: QuoteattrError) -> _Item:
    return _Item(where, size, error=str(error), error_type=type(error).__name__)


def _txt_files(directory: Path) -> list[tuple[str, Path]]:
    """(doc_id, path) for every ``*.txt`` below, sorted by the id: the path without suffix."""
    found = [
        (path.relative_to(directory).with_suffix("").as_posix(), path)
        for path in directory.rglob("*.txt")
        if path.is_file()
    ]
    return sorted(found)


def _input_size(paths: Sequence[str]) -> int | None:
    """Total bytes to read, for the progress bar; None when reading stdin."""
    total = 0
    for path in paths or ["-"]:
        if path == "-":
            return None
        target = Path(path)
        try:
            if target.is_dir():
                total += sum(p.stat().st_size for _, p in _txt_files(target))
            else:
                total += target.stat().st_size
        except OSError:
            pass  # reported when read
    return total


def _inputs(paths: Sequence[str], stdin: TextIO | None = None) -> Iterator[_Item]:
    """Every document of every input, in order: text files, folders, JSONL files, stdin."""
    for path in paths or ["-"]:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin
            buffer = getattr(stream, "buffer", None)
            data = buffer.read() if buffer is not None else stream.read().encode("utf-8")
            try:
                yield _Item("<stdin>", len(data), "stdin", decode(data, "<stdin>"))
            except QuoteattrError as error:
                yield _bad("<stdin>", len(data), error)
        elif path.endswith(".jsonl") and not Path(path).is_dir():
            yield from _jsonl_items(path)
        elif Path(path).is_dir():
            files = _txt_files(Path(path))
            if not files:
                yield _bad(path, 0, InputError(f"{path}: is a directory with no .txt file below"))
            for doc_id, file in files:
                yield _file_item(str(file), doc_id)
        else:
            yield _file_item(path, Path(path).stem)


def _file_item(path: str, doc_id: str) -> _Item:
    try:
        data = _read_bytes(path)
    except QuoteattrError as error:
        return _bad(path, 0, error)
    try:
        return _Item(path, len(data), doc_id, decode(data, path))
    except QuoteattrError as error:
        return _bad(path, len(data), error)


def _jsonl_items(path: str) -> Iterator[_Item]:
    """One item per non-blank line, read as bytes so a huge file is never held whole."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the generator's last line
    except FileNotFoundError:
        yield _bad(path, 0, InputError(f"{path}: no such file"))
        return
    except OSError as error:
        yield _bad(path, 0, InputError(f"{path}: cannot read ({error.strerror})"))
        return
    with handle:
        offset = 0
        for number, raw in enumerate(handle, 1):
            where = f"{path}:{number}"
            line_start, offset = offset, offset + len(raw)
            body = raw[len(_BOM) :] if number == 1 and raw.startswith(_BOM) else raw
            if not body.strip():
                continue
            try:
                doc_id, text = _record(path, number, line_start, body)
            except QuoteattrError as error:
                yield _bad(where, len(raw), error)
                continue
            yield _Item(where, len(raw), doc_id, text)


def _record(path: str, number: int, line_start: int, raw: bytes) -> tuple[str, str]:
    place = f"{path}, line {number}"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{place}: not UTF-8 text (invalid byte 0x{raw[error.start]:02x} at byte offset "
            f"{line_start + error.start})"
        ) from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise RecordError(f"{place}: not valid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise RecordError(f"{place}: a record must be a JSON object")
    if "text" not in record:
        raise RecordError(f'{place}: record has no "text" field')
    if not isinstance(record["text"], str):
        raise RecordError(f'{place}: "text" must be a string')
    doc_id = record.get("id", f"{Path(path).stem}:{number}")
    return str(doc_id), record["text"]


def _work(item: _Item, fmt: str) -> _Done:
    """Runs in a worker process: the claims of one document (module level, so it pickles)."""
    claims: tuple[dict[str, Any], ...] = ()
    error, error_type = item.error, item.error_type
    if error is None:
        try:
            claims = tuple(to_dict(c) for c in extract(item.text, doc_id=item.doc_id))
        except QuoteattrError as failure:
            error, error_type = f"{item.where}: {failure}", type(failure).__name__
    text = item.text if fmt == "html" else ""
    if fmt in ("jsonl", "json"):
        lines = tuple(json.dumps(record, ensure_ascii=False) for record in claims)
        return _Done(item.where, item.size, item.doc_id, text, (), error, error_type, lines)
    return _Done(item.where, item.size, item.doc_id, text, claims, error, error_type)


def _processed(items: Iterator[_Item], jobs: int, fmt: str) -> Generator[_Done, None, None]:
    """Items processed in input order, by ``jobs`` processes, with a bounded number in flight."""
    if jobs <= 1:
        yield from (_work(item, fmt) for item in items)
        return
    # Pool.imap reads its input as fast as it can; the semaphore holds it back so that only
    # a few batches per worker are read ahead, and the event lets it stop when we stop early.
    window = threading.Semaphore(jobs * _IN_FLIGHT)
    stop = threading.Event()

    def admitted() -> bool:
        while not window.acquire(timeout=0.05):
            if stop.is_set():
                return False
        return not stop.is_set()

    def fed() -> Iterator[list[_Item]]:
        batch: list[_Item] = []
        size = 0
        for item in items:
            batch.append(item)
            size += item.size
            if size >= _BATCH_BYTES or len(batch) >= _BATCH_ITEMS:
                if not admitted():
                    return
                yield batch
                batch, size = [], 0
        if batch and admitted():
            yield batch

    # fork on Linux: workers start without re-importing anything; elsewhere the default.
    linux_fork = sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if linux_fork else None)
    with context.Pool(jobs) as pool:
        try:
            for done in pool.imap(functools.partial(_work_batch, fmt=fmt), fed()):
                window.release()
                yield from done
        finally:
            stop.set()


def _work_batch(batch: list[_Item], fmt: str) -> list[_Done]:
    return [_work(item, fmt) for item in batch]


class _Writer:
    """Writes each document's claims as they arrive, in one of the output formats."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt = fmt
        self.out = out
        self.first = True
        self.csv = csv.writer(out, lineterminator="\n")

    def begin(self) -> None:
        if self.fmt == "json":
            self.out.write("[")
        elif self.fmt == "csv":
            self.csv.writerow(COLUMNS)
        elif self.fmt == "html":
            self.out.write(page_start("quoteattr") + "<h1>quoteattr</h1>\n")

    def document(self, done: _Done) -> None:
        if self.fmt == "html":
            claims = [from_dict(c) for c in done.claims]
            self.out.write(document_html(done.text, claims, heading=done.doc_id))
            return
        if self.fmt == "csv":
            for record in done.claims:
                self.csv.writerow([_cell(v) for v in flatten(record).values()])
            return
        for line in done.lines:
            if self.fmt == "json":
                self.out.write(("\n" if self.first else ",\n") + line)
            else:
                self.out.write(line + "\n")
            self.first = False

    def end(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if not self.first else "]\n")
        elif self.fmt == "html":
            self.out.write(page_end())


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _progress(args: argparse.Namespace) -> Any:
    """A tqdm bar over input bytes, on stderr, shown by default only when stderr is a terminal."""
    enabled = args.progress if args.progress is not None else sys.stderr.isatty()
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(
        total=_input_size(args.paths),
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc="extract",
        file=sys.stderr,
        dynamic_ncols=True,
    )


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    writer = _Writer(args.format, out)
    bar = _progress(args)
    say: Callable[[str], None] = (
        (lambda message: print(message, file=sys.stderr))
        if bar is None
        else (lambda message: bar.write(message, file=sys.stderr))
    )
    skipped: list[str] = []
    writer.begin()
    results = _processed(_inputs(args.paths), jobs, args.format)
    try:
        for done in results:
            if bar is not None:
                bar.update(done.size)
            if done.error is None:
                writer.document(done)
            elif args.skip_bad:
                say(f"quoteattr: skipped: {done.error}")
                skipped.append(done.where)
            else:
                raise _ERRORS.get(done.error_type, QuoteattrError)(done.error)
    finally:
        results.close()
        if bar is not None:
            bar.close()
    writer.end()
    if skipped:
        listed = ", ".join(skipped[:_MAX_LISTED])
        more = f" and {len(skipped) - _MAX_LISTED} more" if len(skipped) > _MAX_LISTED else ""
        noun = "record" if len(skipped) == 1 else "records"
        say(f"quoteattr: skipped {len(skipped)} bad {noun}: {listed}{more}")
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


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per core) or more, not {jobs}")
    return jobs


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
        help='UTF-8 text file, folder (every *.txt below, sorted), .jsonl file of {"id", "text"} '
        "records, or - for stdin (the default)",
    )
    ex.add_argument(
        "--format",
        choices=("jsonl", "json", "csv", "html"),
        default="jsonl",
        help="JSON lines (default), one JSON array, CSV with one row per claim, or an HTML page",
    )
    ex.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (0: one per core); the output is the same whatever N",
    )
    ex.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: only when stderr is a terminal)",
    )
    ex.add_argument(
        "--skip-bad",
        action="store_true",
        help="report bad inputs on stderr and go on, instead of stopping at the first",
    )
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
