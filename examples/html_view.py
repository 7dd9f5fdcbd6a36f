"""Write the HTML view of an article: claims, cues and speakers highlighted, one colour each.

Run: python examples/html_view.py [ARTICLE.txt [OUT.html]]

Defaults to the bundled seed article and writes the page next to the system's temporary
files; open it in any browser and hover a highlight to see the speaker's role.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import quoteattr

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_8fbd7013e4acd58c.txt"


def main(argv: list[str]) -> None:
    source = Path(argv[0]) if argv else SEED
    target = Path(argv[1]) if len(argv) > 1 else Path(tempfile.gettempdir()) / "seed.html"
    text = source.read_text(encoding="utf-8")
    claims = quoteattr.extract(text, doc_id=source.stem)
    page = quoteattr.render_html(text, claims, title=source.stem)
    target.write_text(page, encoding="utf-8")
    assert page.count('class="claim"') >= len(claims)
    print(f"{len(claims)} claims highlighted in {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
