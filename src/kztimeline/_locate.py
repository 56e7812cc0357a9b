"""Where each key and table of a TOML text starts, for error messages with line numbers.

The TOML parser keeps no positions, so this reads the text a second time, only when there is an
error to report. It understands just enough TOML to find statements: table headers, dotted
keys, strings of all four kinds, arrays and inline tables, and comments. It never raises and
never loops on broken input; what it cannot read it skips to the end of the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import tomli

__all__ = ("KeyLines", "locate")

MAX_NESTING = 100
"""Arrays and inline tables nested deeper than this are refused before the parser recurses."""
MAX_KEY_PARTS = 100
"""Dotted keys and table headers with more parts than this are refused."""

Path = tuple[str | int, ...]
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_KEY_START = _BARE | {'"', "'"}


@dataclass
class KeyLines:
    """Lines (1-based) of the tables and keys of a TOML text, by path.

    ``[[events]]`` tables are numbered: ``("events", 3, "date")`` is the ``date`` key of the
    fourth ``[[events]]`` table.
    """

    lines: dict[Path, int] = field(default_factory=dict)
    line_count: int = 1
    too_deep_line: int | None = None

    def line_of(self, path: Path) -> int | None:
        """The line of ``path``, or of its nearest recorded parent; None if none is recorded."""
        for end in range(len(path), 0, -1):
            found = self.lines.get(path[:end])
            if found is not None:
                return found
        return None


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.line = 1
        self.result = KeyLines()

    def at(self, token: str) -> bool:
        return self.text.startswith(token, self.i)

    def skip_line(self) -> None:
        end = self.text.find("\n", self.i)
        self.i = len(self.text) if end < 0 else end

    def skip_spaces(self) -> None:
        text = self.text
        while self.i < len(text) and text[self.i] in " \t":
            self.i += 1

    def read_key(self) -> list[str] | None:
        parts: list[str] = []
        text = self.text
        while True:
            self.skip_spaces()
            if self.i >= len(text):
                return None
            char = text[self.i]
            if char in "\"'":
                end = self.i + 1
                while end < len(text) and text[end] != char and text[end] != "\n":
                    end += 2 if char == '"' and text[end] == "\\" else 1
                if end >= len(text) or text[end] != char:
                    return None
                parts.append(_key_text(text[self.i : end + 1]))
                self.i = end + 1
            elif char in _BARE:
                end = self.i
                while end < len(text) and text[end] in _BARE:
                    end += 1
                parts.append(text[self.i : end])
                self.i = end
            else:
                return None
            if len(parts) > MAX_KEY_PARTS:
                self.too_deep()
                return None
            self.skip_spaces()
            if not self.at("."):
                return parts
            self.i += 1

    def too_deep(self) -> None:
        if self.result.too_deep_line is None:
            self.result.too_deep_line = self.line

    def skip_string(self, quote: str) -> None:
        text = self.text
        self.i += len(quote)
        multiline = len(quote) == 3
        while self.i < len(text):
            char = text[self.i]
            if char == "\n":
                if not multiline:
                    return
                self.line += 1
            elif char == "\\" and quote[0] == '"':
                # A line-ending backslash escapes the newline, which still starts a line.
                if text.startswith("\n", self.i + 1):
                    self.line += 1
                self.i += 2
                continue
            elif self.at(quote):
                self.i += len(quote)
                # A multi-line string may end with up to two more quotes of its own.
                for _ in range(2 if multiline else 0):
                    if self.at(quote[0]):
                        self.i += 1
                return
            self.i += 1

    def skip_value(self) -> None:
        text = self.text
        open_brackets: list[str] = []
        while self.i < len(text):
            char = text[self.i]
            if char == "\n":
                if not open_brackets:
                    return
                self.line += 1
                self.i += 1
            elif char == "#":
                self.skip_line()
            elif self.at('"""') or self.at("'''"):
                self.skip_string(text[self.i] * 3)
            elif char in "\"'":
                self.skip_string(char)
            elif char in "[{":
                open_brackets.append(char)
                if len(open_brackets) > MAX_NESTING:
                    self.too_deep()
                    self.skip_line()
                    return
                self.i += 1
                self.skip_inline_key(open_brackets)
            elif char in "]}":
                if open_brackets:
                    open_brackets.pop()
                self.i += 1
            elif char == ",":
                self.i += 1
                self.skip_inline_key(open_brackets)
            else:
                self.i += 1

    def skip_inline_key(self, open_brackets: list[str]) -> None:
        """Inside an inline table, read the key of the next entry (to check its length)."""
        if open_brackets and open_brackets[-1] == "{":
            self.skip_spaces()
            if self.i < len(self.text) and self.text[self.i] in _KEY_START:
                self.read_key()

    def read(self) -> KeyLines:
        text = self.text
        lines = self.result.lines
        table: Path = ()
        arrays: dict[Path, int] = {}
        while self.i < len(text):
            char = text[self.i]
            if char == "\n":
                self.line += 1
                self.i += 1
            elif char in " \t\r":
                self.i += 1
            elif char == "#":
                self.skip_line()
            elif char == "[":
                is_array = self.at("[[")
                self.i += 2 if is_array else 1
                key = self.read_key()
                self.skip_line()
                if key is None:
                    continue
                header = _resolved(key, arrays)
                if is_array:
                    count = arrays.get(header, 0)
                    arrays[header] = count + 1
                    header = (*header, count)
                table = header
                for end in range(1, len(header) + 1):
                    lines.setdefault(header[:end], self.line)
            else:
                key = self.read_key()
                self.skip_spaces()
                if key is None or not self.at("="):
                    self.skip_line()
                    continue
                full = (*table, *key)
                for end in range(len(table) + 1, len(full) + 1):
                    lines.setdefault(full[:end], self.line)
                self.i += 1
                self.skip_value()
        self.result.line_count = self.line
        return self.result


def _resolved(key: list[str], arrays: dict[Path, int]) -> Path:
    """The path of a table header: a part that names an array of tables stands for its last
    table, so ``[[events.changes]]`` is in the latest ``[[events]]``, as the parser reads it."""
    path: Path = ()
    for part in key[:-1]:
        path = (*path, part)
        count = arrays.get(path)
        if count is not None:
            path = (*path, count - 1)
    return (*path, key[-1])


def _key_text(quoted: str) -> str:
    """The key a quoted key stands for: escapes of a basic string decoded, as the parser does."""
    if quoted[0] == "'" or "\\" not in quoted:
        return quoted[1:-1]
    try:
        return str(tomli.loads(f"k = {quoted}")["k"])
    except tomli.TOMLDecodeError:
        return quoted[1:-1]


def locate(text: str) -> KeyLines:
    """Read the positions of the keys and tables of ``text``; see :class:`KeyLines`."""
    return _Reader(text).read()
