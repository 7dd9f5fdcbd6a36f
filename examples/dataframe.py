"""Claims of the test articles as a pandas DataFrame: counts by kind and the busiest speakers.

Run: python examples/dataframe.py   (needs pip install 'quoteattr[pandas]')
"""

from __future__ import annotations

from pathlib import Path

import quoteattr

DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev"


def main() -> None:
    records = (
        {"id": path.stem, "text": path.read_text(encoding="utf-8")}
        for path in sorted(DEV.glob("*.txt"))
    )
    frame = quoteattr.to_dataframe(quoteattr.extract_records(records))
    print(f"{len(frame)} claims in {frame['doc_id'].nunique()} articles")
    print(frame["kind"].value_counts().to_string())
    speakers = frame.dropna(subset=["speaker_name"])
    top = speakers.groupby(["speaker_name", "speaker_role"], dropna=False).size()
    print(top.sort_values(ascending=False).head(8).to_string())
    assert list(frame.columns)[:3] == ["doc_id", "kind", "text"]


if __name__ == "__main__":
    main()
