"""Notebooks: a Timeline shows itself as an escaped HTML table, and examples/tour.ipynb runs.

The notebook is executed with nbclient in a fresh kernel (no Jupyter server), and its text
outputs must equal the committed ones, so the outputs shown on GitHub stay true. After an
intended change, ``KZTIMELINE_REGENERATE=1 python -m pytest tests/test_notebook.py`` rewrites
the committed outputs; review the diff.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

import kztimeline
from kztimeline import Timeline
from kztimeline.export.html import NOTEBOOK_ROWS, notebook_html
from tests.conftest import REGENERATE, ROOT

TOUR = ROOT / "examples" / "tour.ipynb"


class TestReprHtml:
    def test_is_a_table_of_every_event(self, timeline: Timeline) -> None:
        html = timeline._repr_html_()
        assert html.startswith('<div class="kztimeline"><table>')
        assert html.count("<tr>") == len(timeline) + 1  # the header row, then one per event
        assert "<caption>Chronology: Kazakhstan" in html
        assert "<button" not in html  # no script in a notebook to make them work
        assert ' id="' not in html  # many outputs share one page: no ids to clash

    def test_text_is_escaped(self, write_events: Any) -> None:
        path = write_events(
            '[[events]]\nid = "e"\ntitle = "<script>alert(1)</script>"\ndate = 2012-11-12\n'
            'place = "A & B"\nsources = ["a"]\n'
        )
        html = kztimeline.load(path)._repr_html_()
        assert "<script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "A &amp; B" in html

    def test_long_timelines_are_cut_and_say_so(self, write_events: Any) -> None:
        path = write_events(
            '[[events]]\nid = "d"\ntitle = "Daily"\ndate = 2012-01-01\n'
            'repeat = "FREQ=DAILY"\nsources = ["a"]\n'
        )
        many = kztimeline.load(path).between("2012-01-01", "2012-12-31")
        html = notebook_html(many)
        assert html.count("<tr>") == NOTEBOOK_ROWS + 1
        assert f"(the first {NOTEBOOK_ROWS} of 366 events)" in html


def _text_outputs(notebook: Any) -> list[list[str]]:
    """Per code cell, its outputs as comparable text: text/plain, text/html, stream text and
    errors. Pictures are only counted, since PNG bytes differ between machines."""
    result = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        texts = []
        for output in cell.outputs:
            if output.output_type == "stream":
                texts.append(output.text)
            elif output.output_type == "error":
                texts.append(f"error: {output.ename}: {output.evalue}")
            else:
                data = output.get("data", {})
                # A Figure's repr holds its id() address, which changes from run to run.
                plain = re.sub(r" at 0x[0-9a-f]+", "", data.get("text/plain", ""))
                texts.append(plain)
                texts.append(data.get("text/html", ""))
                texts.append("image/png" if "image/png" in data else "")
        result.append(texts)
    return result


@pytest.fixture(scope="module")
def executed() -> Any:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    committed = nbformat.read(TOUR, as_version=4)
    fresh = copy.deepcopy(committed)
    for cell in fresh.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    client = nbclient.NotebookClient(
        fresh,
        timeout=120,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(TOUR.parent)}},
    )
    client.execute()
    if REGENERATE:
        # Keep the committed metadata (the kernel's version differs between machines).
        fresh.metadata = committed.metadata
        nbformat.write(fresh, TOUR)
    return committed, fresh


def test_tour_runs_without_errors(executed: Any) -> None:
    _, fresh = executed
    errors = [
        output
        for cell in fresh.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "error"
    ]
    assert errors == []


def test_tour_is_committed_with_its_true_outputs(executed: Any) -> None:
    """Every code cell has its output committed, and the text equals a fresh run's."""
    committed, fresh = executed
    assert all(cell.outputs for cell in committed.cells if cell.cell_type == "code")
    assert _text_outputs(committed) == _text_outputs(fresh), (
        "examples/tour.ipynb is stale; run KZTIMELINE_REGENERATE=1 pytest tests/test_notebook.py"
    )


def test_tour_shows_the_table_and_the_picture(executed: Any) -> None:
    _, fresh = executed
    data = [
        output.get("data", {})
        for cell in fresh.cells
        if cell.cell_type == "code"
        for output in cell.outputs
    ]
    assert any("<table>" in item.get("text/html", "") for item in data)
    assert any("image/png" in item for item in data), "the Figure from render() is not shown"


def test_tour_is_valid_nbformat() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbformat.validate(nbformat.read(Path(TOUR), as_version=4))
