"""Extract the claims of the bundled seed article and print who said what.

Run: python examples/basic.py
"""

from __future__ import annotations

from pathlib import Path

import quoteattr

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_8fbd7013e4acd58c.txt"


def main() -> None:
    text = SEED.read_text(encoding="utf-8")
    claims = quoteattr.extract(text, doc_id=SEED.stem)
    for claim in claims:
        speaker = claim.speaker
        who = "?" if speaker is None else speaker.name or speaker.description or "?"
        role = "" if speaker is None or speaker.role is None else f" ({speaker.role})"
        print(f"[{claim.kind}] {who}{role}: {claim.text[:70]}")
        # Offsets always index the caller's text.
        assert text[claim.start : claim.end] == claim.text
    assert claims, "the seed article has claims"


if __name__ == "__main__":
    main()
