"""The fonts of the picture: a fallback chain for every script, and the characters none has.

Every text asks for the families of :func:`chain`: the installed ones of :data:`PREFERRED`,
then the generic ``sans-serif`` for an SVG viewer that has none of them. matplotlib (3.6 and
later) falls back along that list glyph by glyph (a generic family alone resolves to a single
font, so the list is named in full on every text), and from
3.11 on it shapes each run with libraqm: Arabic letters join and right-to-left runs are
reordered when drawn, while the text itself (the SVG's ``<text>``, the PDF's text layer) keeps
the characters in the order they were written. Nothing is ever replaced by another character:
a glyph that no installed font has is drawn as the font's empty box, and :func:`missing`
names it, with the Debian package that provides it, so that the command can say so once.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

__all__ = ("PREFERRED", "Missing", "chain", "missing", "rc")

PREFERRED: tuple[tuple[str, str], ...] = (
    ("DejaVu Sans", "fonts-dejavu-core"),
    ("Noto Sans CJK SC", "fonts-noto-cjk"),
    ("Noto Sans Arabic", "fonts-noto-core"),
    ("Noto Sans Hebrew", "fonts-noto-core"),
    ("Noto Sans", "fonts-noto-core"),
    # Emoji in outline: matplotlib draws no bitmap font, so Noto Color Emoji is of no use here.
    ("Noto Emoji", "fonts-noto-extra"),
    ("Symbola", "fonts-symbola"),
)
"""The fonts of the chain, in order, each with the Debian package that installs it."""


# Where to find a character no installed font has, by the first word of its Unicode name.
_PACKAGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC"), "fonts-noto-cjk"),
    (("ARABIC", "HEBREW"), "fonts-noto-core"),
)
_EMOJI_PACKAGE = "fonts-symbola"
_OTHER_PACKAGE = "fonts-noto-core"


@functools.cache
def _installed() -> tuple[tuple[str, str, str], ...]:
    """The fonts of :data:`PREFERRED` that matplotlib finds: family, file, package."""
    found = []
    for family, package in PREFERRED:
        try:
            path = font_manager.findfont(
                font_manager.FontProperties(family=family), fallback_to_default=False
            )
        except ValueError:
            continue
        found.append((family, path, package))
    return tuple(found)


def chain() -> list[str]:
    """The families every text is drawn with, in order of preference: the installed fonts of
    :data:`PREFERRED`, then ``sans-serif``, which :func:`rc` resolves to DejaVu Sans (always
    there: matplotlib ships it) and an SVG viewer to a font of its own. Only installed fonts are
    named, since matplotlib logs every family it cannot find."""
    return [family for family, _, _ in _installed()] + ["sans-serif"]


@functools.cache
def _covered() -> frozenset[int]:
    covered: set[int] = set()
    for _, path, _ in _installed():
        covered.update(FT2Font(path).get_charmap())
    return frozenset(covered)


def _package(character: str) -> str:
    name = unicodedata.name(character, "")
    for words, package in _PACKAGES:
        if name.startswith(words):
            return package
    if unicodedata.category(character) == "So" or ord(character) >= 0x1F000:
        return _EMOJI_PACKAGE
    return _OTHER_PACKAGE


_INVISIBLE = {"Cc", "Cf", "Zl", "Zp", "Mn"}


class Missing:
    """Characters that no installed font can draw, in the order first met, and the Debian
    packages that provide them."""

    def __init__(self, characters: Iterable[str]) -> None:
        self.characters = tuple(dict.fromkeys(characters))
        self.packages = tuple(sorted({_package(character) for character in self.characters}))

    def __bool__(self) -> bool:
        return bool(self.characters)

    def sentence(self) -> str:
        """One line for the user: which characters, and what to install."""
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in self.characters[:12])
        more = f" and {len(self.characters) - 12} more" if len(self.characters) > 12 else ""
        return (
            f"no installed font has {shown}{more}: they are drawn as boxes (the SVG and PDF "
            f"text keeps them); install {' or '.join(self.packages)} to draw them"
        )


def missing(texts: Iterable[str]) -> Missing:
    """The characters of ``texts`` that no font of the chain has; spaces, controls and
    combining marks (drawn with their base letter) are not counted."""
    covered = _covered()
    return Missing(
        character
        for text in texts
        for character in text
        if ord(character) not in covered
        and not character.isspace()
        and unicodedata.category(character) not in _INVISIBLE
    )


def rc() -> dict[str, object]:
    """The rcParams of every text: the chain, and the one font ``sans-serif`` stands for."""
    return {"font.family": chain(), "font.sans-serif": ["DejaVu Sans"]}
