"""The installed version of kztimeline, read from the package metadata once, when first asked.

Reading metadata costs about 25 ms, so nothing calls this at import time: ``--version``, the
calendar's PRODID and ``kztimeline.__version__`` ask for it when they need it.
"""

from __future__ import annotations

from functools import cache

__all__ = ("version",)


@cache
def version() -> str:
    """The version this package was installed as, or ``"0.0.0"`` for a checkout not installed."""
    # Package metadata costs about 25 ms: read only when the version is asked for.
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("kztimeline")
    except PackageNotFoundError:  # pragma: no cover - a checkout that is not installed
        return "0.0.0"
