"""The optional compiled build.

``QUOTEATTR_COMPILE=1 pip install .`` compiles the pipeline's stages with mypyc, which the
strict type hints make possible: the same code, about 1.4x faster. Without the variable the
package is pure Python, and so is every editable install worth having: a compiled module
would shadow edits to its source. See docs/scaling.md.
"""

from __future__ import annotations

import os

from setuptools import Extension, setup

# The stages a document goes through. The data model, the CLI, evaluation and the rest stay
# interpreted: they are not where the time goes, and attrs classes there keep their behaviour.
COMPILED = (
    "text",
    "grammar",
    "lexicon",
    "quotes",
    "cues",
    "mentions",
    "roles",
    "speakers",
    "claims.base",
    "claims.sentence",
    "claims.verb",
    "claims.incise",
    "claims.sources",
    "claims.colon",
    "claims.paragraphs",
    "subjects",
    "coref",
    "pipeline",
)


def _ext_modules() -> list[Extension]:
    if os.environ.get("QUOTEATTR_COMPILE", "") not in ("1", "true", "yes"):
        return []
    from mypyc.build import mypycify

    return list(
        mypycify([f"src/quoteattr/{name.replace('.', '/')}.py" for name in COMPILED], opt_level="3")
    )


setup(ext_modules=_ext_modules())
