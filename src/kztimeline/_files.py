"""Reading a user's file: bounded in size, UTF-8, and every failure one sentence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kztimeline.errors import KztimelineError

__all__ = ("read_text",)

# Makes the error to raise from the path, the problem and the line (or None).
ErrorFactory = Callable[[Path, str, "int | None"], KztimelineError]


def read_text(
    file: Path, *, max_bytes: int, error: ErrorFactory, kind: str, limit_hint: str = ""
) -> tuple[bytes, str]:
    """The bytes of ``file`` and their text, a byte-order mark dropped.

    The size is checked before anything is decoded or parsed. ``kind`` names what the file
    should be ("a .toml file"); ``limit_hint`` is added to the message of a file too large.
    """
    try:
        with file.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise error(file, "no such file; check the path", None) from None
    except IsADirectoryError:
        raise error(file, f"is a folder; give the path of {kind}", None) from None
    except PermissionError:
        raise error(file, "cannot be read: permission denied", None) from None
    except OSError as err:
        raise error(file, f"cannot be read: {err.strerror or err}", None) from None
    if len(data) > max_bytes:
        raise error(file, f"is larger than the limit of {max_bytes:,} bytes{limit_hint}", None)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise error(file, "is UTF-16; save the file as UTF-8", 1)
    try:
        return data, data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        problem = f"is not UTF-8 (byte 0x{data[err.start]:02x}); save the file as UTF-8"
        raise error(file, problem, line) from None
