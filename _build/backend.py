"""setuptools, plus mypy in the build environment when the compiled build is asked for.

Only wheels are compiled: in an editable install a compiled module would shadow every later
edit of its source, so ``build_editable`` ignores QUOTEATTR_COMPILE.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403

_FLAG = "QUOTEATTR_COMPILE"


def _compiling() -> bool:
    return os.environ.get(_FLAG, "") in ("1", "true", "yes")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    if not _compiling():
        return list(_setuptools.get_requires_for_build_wheel(config_settings))
    # setuptools runs setup.py to list its needs, before mypy is there to compile with.
    flag = os.environ.pop(_FLAG)
    try:
        needs = list(_setuptools.get_requires_for_build_wheel(config_settings))
    finally:
        os.environ[_FLAG] = flag
    return [*needs, "mypy>=1.8"]


def build_editable(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    if _compiling():
        print(f"quoteattr: {_FLAG} is ignored by an editable install", file=sys.stderr)
        del os.environ[_FLAG]
    return str(_setuptools.build_editable(wheel_directory, config_settings, metadata_directory))
