"""Claims of ``{"id", "text"}`` records, as JSON dicts: the unit of work for corpus engines.

Dask, Spark and the CLI's worker processes all ship a function to other processes, so the
entry point is a plain module-level generator over plain mappings, with no state: it pickles,
and the same records always give the same dicts in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from quoteattr.errors import QuoteattrError, RecordError
from quoteattr.pipeline import extract
from quoteattr.serialize import to_dict


def record_id(record: object, position: int) -> str:
    """The record's id as a string, or a RecordError naming the record.

    Ids may be JSON strings or integers (``7`` becomes ``"7"``), the two forms corpora use.
    """
    if not isinstance(record, Mapping):
        raise RecordError(
            f"record {position}: a record must be a mapping with "
            f'"id" and "text", not {type(record).__name__}'
        )
    if "id" not in record:
        raise RecordError(f'record {position}: record has no "id" field')
    value = record["id"]
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise RecordError(
            f'record {position}: "id" must be a string or an integer, not {type(value).__name__}'
        )
    return str(value)


def record_text(record: Mapping[str, Any], doc_id: str) -> str:
    """The record's text, or a RecordError naming the record id."""
    if "text" not in record:
        raise RecordError(f'record {doc_id!r}: record has no "text" field')
    text = record["text"]
    if not isinstance(text, str):
        raise RecordError(f'record {doc_id!r}: "text" must be a string, not {type(text).__name__}')
    return text


def extract_records(records: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """The JSON dict of every claim of every record, records in input order.

    Raises :class:`RecordError` naming the record id (or its position when it has none) for a
    record that is not ``{"id": str | int, "text": str}``; claims of earlier records have been
    yielded by then.

    >>> records = [{"id": "a1", "text": "Selon la police, tout va bien."}]
    >>> [c["kind"] for c in extract_records(records)]
    ['according_to']
    """
    for position, record in enumerate(records):
        doc_id = record_id(record, position)
        text = record_text(record, doc_id)
        try:
            claims = extract(text, doc_id=doc_id)
        except QuoteattrError as error:
            raise RecordError(f"record {doc_id!r}: {error}") from None
        for claim in claims:
            yield to_dict(claim)
