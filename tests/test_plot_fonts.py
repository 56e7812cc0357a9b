"""Every script is drawn with a font that has it, and kept as written in SVG and PDF text.

The glyphs are checked in the pixels of :func:`render` (a title and the same title with its
characters in another order must not draw the same: the .notdef box of a missing font draws
every character of a block alike), in the SVG's ``<text>`` and in the PDF through poppler's
``pdffonts`` and ``pdftotext``, which are not ours.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from kztimeline.cli import main
from kztimeline.plot import draw, fonts, plot_bytes, render
from kztimeline.timeline import Timeline
from tests.plot_timelines import make

CHINESE = "中华人民共和国与哈萨克斯坦建立外交关系"
KAZAKH = "Қазақстан Республикасының Конституциясы қабылданды"
ARABIC = "انتخاب كازاخستان عضوا في مجلس الأمن"
TITLES = {"zh": CHINESE, "kk": KAZAKH, "ar": ARABIC}

needs_fonts = pytest.mark.skipif(
    not {"Noto Sans CJK SC", "Noto Sans Arabic"} <= set(fonts.chain()),
    reason="the Debian packages fonts-noto-cjk and fonts-noto-core are not installed",
)


def scripts() -> Timeline:
    return make(
        [
            {"date": "1992-01-03", "title": CHINESE},
            {"date": "1995-08-30", "title": KAZAKH},
            {"date": "2016-06-28", "title": ARABIC},
        ],
        title="Қазақстан · 哈萨克斯坦 · كازاخستان",
    )


def heading_pixels(title: str) -> np.ndarray:
    """The ink of the heading of a picture titled ``title``, as a grey array."""
    figure = render(make([{"date": "2012-01-01", "title": "One"}]), title=title, dpi=100)
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    canvas.draw()
    heading = next(t for t in figure.texts if t.get_text() == title)
    box = heading.get_window_extent()
    grey = np.asarray(canvas.buffer_rgba())[..., :3].mean(axis=2)
    height = grey.shape[0]
    rows = slice(int(height - box.y1), int(height - box.y0) + 1)
    return 255 - grey[rows, int(box.x0) : int(box.x1) + 1]


@needs_fonts
class TestGlyphs:
    @pytest.mark.parametrize(
        ("title", "shuffled"),
        [
            ("中国与哈萨克斯坦", "坦斯克萨哈与国中"),
            ("Қазақстан", "нақстҚаза"),
            ("مجلس الأمن", "نمألا سلجم"),
        ],
        ids=["chinese", "kazakh", "arabic"],
    )
    def test_each_character_has_its_own_glyph(self, title: str, shuffled: str) -> None:
        """Two orders of the same characters draw differently: no font's box stands in."""
        first, second = heading_pixels(title), heading_pixels(shuffled)
        assert first.sum() > 0
        assert first.shape != second.shape or np.abs(first - second).sum() > first.sum() * 0.2

    def test_right_to_left_reads_from_the_right(self) -> None:
        """The first word written, a lone alef, is drawn right of the second; in Latin the
        first word is left."""

        def words(title: str) -> list[int]:
            # The widths of the runs of inked columns, left to right.
            inked = heading_pixels(title).sum(axis=0) > 0
            edges = np.flatnonzero(np.diff(np.concatenate([[0], inked.astype(int), [0]])))
            return [int(end - start) for start, end in zip(edges[::2], edges[1::2], strict=True)]

        arabic = words("ا شششش")
        assert arabic[0] > 3 * arabic[-1]
        latin = words("l mmmmm")
        assert latin[-1] > 3 * latin[0]

    def test_nothing_missing_and_text_kept(self) -> None:
        picture = draw(scripts(), dpi=60)
        assert not picture.missing
        written = {t.get_text() for t in picture.figure.findobj(Text)}
        assert "\N{WHITE SQUARE}" not in "".join(written)
        for title in TITLES.values():
            assert any(title in text.replace("\n", " ") for text in written), title


@needs_fonts
def test_svg_text_is_the_titles() -> None:
    svg = plot_bytes(scripts(), "svg").decode()
    assert "\N{WHITE SQUARE}" not in svg
    for title in [*TITLES.values(), "Қазақстан · 哈萨克斯坦 · كازاخستان"]:
        words = title.split()
        # Wrapped labels keep each word whole.
        assert all(word in svg for word in words), title
    assert "Noto Sans CJK SC" in svg


def _without_controls(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) != "Cf" and not c.isspace())


@needs_fonts
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_embeds_the_fonts_and_keeps_the_text(tmp_path: Path) -> None:
    path = tmp_path / "scripts.pdf"
    path.write_bytes(plot_bytes(scripts(), "pdf"))
    listed = subprocess.run(["pdffonts", path], capture_output=True, text=True, check=True).stdout
    assert "NotoSansCJK" in listed
    text = subprocess.run(
        ["pdftotext", path, "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = _without_controls(text)
    assert _without_controls(CHINESE) in flat
    assert _without_controls(KAZAKH) in flat
    # A lam-alef ligature comes back as its two letters in the font's order, so Arabic is
    # compared letter by letter, word by word.
    for word in ARABIC.split():
        found = [w for w in text.split() if sorted(_without_controls(w)) == sorted(word)]
        assert found, word


class TestMissing:
    def test_a_character_no_font_has_is_named_with_its_package(self) -> None:
        missing = fonts.missing(["Tokyo 東京 \U0001f389", "\U000e0001 plain"])
        assert "\U0001f389" in missing.characters
        assert "fonts-symbola" in missing.sentence()
        assert "U+1F389" in missing.sentence()
        assert " " not in missing.characters

    def test_plain_text_misses_nothing(self) -> None:
        assert not fonts.missing(["Kazakhstan, Қазақстан, İhsanoğlu — 12 Nov 2012"])

    def test_plot_warns_once_and_keeps_the_character(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        events = tmp_path / "events.toml"
        timeline = [
            {"date": "2012-01-01", "title": "Party \U0001f389"},
            {"date": "2012-02-01", "title": "Again \U0001f389\U0001f389"},
        ]
        from tests.plot_timelines import HEADER, toml

        body = "\n".join(
            f'[[events]]\nid = "e{n}"\nsources = ["a"]\ndate = "{e["date"]}"\n'
            f"title = {toml(e['title'])}\n"
            for n, e in enumerate(timeline)
        )
        events.write_text(HEADER.format(title='"Parties"') + "\n" + body, encoding="utf-8")
        svg = tmp_path / "x.svg"
        assert main(["plot", str(events), "-o", str(svg)]) == 0
        err = capsys.readouterr().err
        assert err.count("no installed font has") == 1
        assert "U+1F389" in err
        assert "fonts-symbola" in err
        assert "Again \U0001f389\U0001f389" in svg.read_text(encoding="utf-8")


def test_fonts_of_the_chain_are_installed_ones() -> None:
    """Only fonts matplotlib finds are named, DejaVu Sans first, the generic family last."""
    chain = fonts.chain()
    assert chain[0] == "DejaVu Sans"
    assert chain[-1] == "sans-serif"
    figure = Figure()
    for family in chain[:-1]:
        assert Text(0, 0, "x", fontfamily=family, figure=figure).get_fontname()
