"""Claims as flat rows: one column per leaf of the JSON record, for CSV files and DataFrames.

Spreadsheets and pandas want one row per claim and no nesting, so ``cue.lemma`` becomes the
column ``cue_lemma``. The CSV output of ``quoteattr extract`` and :func:`to_dataframe` share
these columns, documented in docs/scaling.md. pandas is imported only when a DataFrame is
asked for, so the library never needs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

from quoteattr.model import Claim
from quoteattr.serialize import to_dict

if TYPE_CHECKING:
    import pandas

COLUMNS: Final[tuple[str, ...]] = (
    "doc_id",
    "kind",
    "text",
    "start",
    "end",
    "quoted_text",
    "quoted_start",
    "quoted_end",
    "cue_text",
    "cue_start",
    "cue_end",
    "cue_lemma",
    "cue_type",
    "speaker_mention_text",
    "speaker_mention_start",
    "speaker_mention_end",
    "speaker_name",
    "speaker_description",
    "speaker_entity",
    "speaker_type",
    "speaker_anonymous",
    "speaker_title",
    "speaker_organization",
    "speaker_role",
    "confidence",
)
# Integer columns that are empty when their object is absent: pandas' nullable Int64.
_NULLABLE_INTS: Final = (
    "quoted_start",
    "quoted_end",
    "cue_start",
    "cue_end",
    "speaker_mention_start",
    "speaker_mention_end",
    "speaker_entity",
)


def _flatten_into(row: dict[str, Any], prefix: str, value: Any) -> None:
    if isinstance(value, Mapping):
        for key, inner in value.items():
            _flatten_into(row, f"{prefix}_{key}" if prefix else str(key), inner)
    else:
        row[prefix] = value


def flatten(record: Mapping[str, Any]) -> dict[str, Any]:
    """One claim's JSON record as a flat row with exactly :data:`COLUMNS` as keys.

    A missing object (no cue, no speaker) leaves its columns at ``None``.

    >>> flatten({"doc_id": "a", "cue": {"lemma": "dire"}})["cue_lemma"]
    'dire'
    """
    nested: dict[str, Any] = {}
    _flatten_into(nested, "", record)
    return {column: nested.get(column) for column in COLUMNS}


def to_dataframe(claims: Iterable[Claim | Mapping[str, Any]]) -> pandas.DataFrame:
    """A pandas DataFrame with one row per claim and the flat :data:`COLUMNS`.

    Takes :class:`Claim` values or their JSON dicts (as ``extract_records`` yields them).
    Offsets of optional objects use pandas' nullable ``Int64``, so a claim without a cue keeps
    integer columns instead of turning them into floats. Needs the ``pandas`` extra.

    >>> df = to_dataframe(extract("Selon la police, tout va bien.", doc_id="a1"))  # doctest: +SKIP
    >>> df.loc[0, "cue_lemma"]  # doctest: +SKIP
    'selon'
    """
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "quoteattr.to_dataframe needs pandas, which is an optional extra: "
            "pip install 'quoteattr[pandas]'"
        ) from None
    rows = [flatten(to_dict(c) if isinstance(c, Claim) else c) for c in claims]
    frame = pandas.DataFrame(rows, columns=list(COLUMNS))
    for column in ("start", "end"):
        frame[column] = frame[column].astype("int64")
    for column in _NULLABLE_INTS:
        frame[column] = frame[column].astype("Int64")
    frame["speaker_anonymous"] = frame["speaker_anonymous"].astype("boolean")
    frame["confidence"] = frame["confidence"].astype("float64")
    return frame
