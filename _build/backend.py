"""setuptools, plus mypy in the build environment when the compiled build is asked for.

Only the wheel itself is compiled. Every other hook runs setup.py without the flag: listing
requirements and writing metadata need no compiler (and would run mypyc for nothing), and in
an editable install a compiled module would shadow every later edit of its source.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403

_FLAG = "QUOTEATTR_COMPILE"
_T = TypeVar("_T")


def _compiling() -> bool:
    return os.environ.get(_FLAG, "") in ("1", "true", "yes")


@contextmanager
def _without_flag() -> Iterator[None]:
    flag = os.environ.pop(_FLAG, None)
    try:
        yield
    finally:
        if flag is not None:
            os.environ[_FLAG] = flag


def _plain(hook: Callable[..., _T], *args: Any) -> _T:
    with _without_flag():
        return hook(*args)


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    needs = list(_plain(_setuptools.get_requires_for_build_wheel, config_settings))
    return [*needs, "mypy>=1.8"] if _compiling() else needs


def prepare_metadata_for_build_wheel(
    metadata_directory: str, config_settings: dict[str, Any] | None = None
) -> str:
    return str(
        _plain(_setuptools.prepare_metadata_for_build_wheel, metadata_directory, config_settings)
    )


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    return list(_plain(_setuptools.get_requires_for_build_editable, config_settings))


def prepare_metadata_for_build_editable(
    metadata_directory: str, config_settings: dict[str, Any] | None = None
) -> str:
    return str(
        _plain(_setuptools.prepare_metadata_for_build_editable, metadata_directory, config_settings)
    )


def build_editable(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    if _compiling():
        print(f"quoteattr: {_FLAG} is ignored by an editable install", file=sys.stderr)
    return str(
        _plain(_setuptools.build_editable, wheel_directory, config_settings, metadata_directory)
    )
