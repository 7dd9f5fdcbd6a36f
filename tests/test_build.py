"""The optional compiled build: setup.py's list of modules, and which build is installed."""

from __future__ import annotations

import ast
import importlib.util
import os
from pathlib import Path

import pytest

import quoteattr

ROOT = Path(__file__).resolve().parent.parent


def _compiled_names() -> tuple[str, ...]:
    """setup.py's COMPILED, read without running setup.py."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return tuple(str(v) for v in value)
    raise AssertionError("setup.py has no COMPILED")


def test_compiled_modules_exist_and_include_every_stage() -> None:
    names = _compiled_names()
    assert len(set(names)) == len(names)
    for name in names:
        path = ROOT / "src" / "quoteattr" / (name.replace(".", "/") + ".py")
        assert path.is_file(), name
    # The pipeline's stages, text to resolved speakers, are where the time goes.
    stages = {"text", "quotes", "cues", "mentions", "speakers", "subjects", "coref", "pipeline"}
    stages |= {f"claims.{m.stem}" for m in (ROOT / "src" / "quoteattr" / "claims").glob("*.py")}
    stages.discard("claims.__init__")
    assert stages <= set(names)
    # The data model stays interpreted: its attrs classes are the public API.
    assert "model" not in names


def test_compiled_reports_the_installed_build() -> None:
    """Every module in COMPILED is an extension module exactly when compiled() says so."""
    kinds = set()
    for name in _compiled_names():
        spec = importlib.util.find_spec(f"quoteattr.{name}")
        assert spec is not None and spec.origin is not None
        kinds.add(not spec.origin.endswith(".py"))
    assert kinds == {quoteattr.compiled()}


def test_the_build_ci_asked_for() -> None:
    """CI runs the suite twice, on the editable install and on the compiled wheel."""
    expected = os.environ.get("QUOTEATTR_EXPECT_COMPILED")
    if expected is None:
        pytest.skip("QUOTEATTR_EXPECT_COMPILED is set by CI only")
    assert quoteattr.compiled() is (expected == "1")
