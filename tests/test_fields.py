"""The field types of the records: each text pattern pydantic checks is its Python check."""

from __future__ import annotations

import pytest

# Every code point but the surrogates, which no TOML text can hold.
CODES = [code for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]
# Checked a slice at a time: the whole range as strings, twice, and pydantic's report of every
# refusal in one go took half a gigabyte, the most of any test.
CHUNK = 65_536


@pytest.mark.parametrize("field", ["Text", "OneLine", "Slug"])
def test_each_text_pattern_accepts_exactly_what_its_check_accepts(field: str) -> None:
    """pydantic checks text fields by a pattern and the loader words a failure with the Python
    check behind it: for every code point, alone and between letters, both agree."""
    from pydantic import TypeAdapter, ValidationError

    from kztimeline import _fields

    kind = getattr(_fields, field)
    check = {"Text": _fields._plain_text, "OneLine": _fields._one_line, "Slug": _fields._slug}
    # A slug is ASCII: the first 2,048 code points show its edges, and refusing the rest costs
    # a second in error reports.
    codes = CODES[:2048] if field == "Slug" else CODES
    adapter = TypeAdapter(list[kind])  # type: ignore[valid-type]
    refused_anywhere = False
    for start in range(0, len(codes), CHUNK):
        points = [chr(code) for code in codes[start : start + CHUNK]]
        values = [*points, *(f"a{char}b" for char in points)]
        if start == 0:
            values += ["", " ", "a-1", "-a"]
        refused_by_pattern: set[int] = set()
        try:
            adapter.validate_python(values)
        except ValidationError as err:
            for number, detail in enumerate(err.errors(include_url=False, include_context=False)):
                assert detail["type"] == "string_pattern_mismatch"
                refused_by_pattern.add(int(detail["loc"][0]))
                if number % 997 == 0:  # the wording, for a sample
                    pattern = _fields._PATTERNS[check[field]]
                    assert _fields.pattern_problem(pattern, detail["input"])
        refused_by_check = set()
        for number, value in enumerate(values):
            try:
                check[field](value)
            except ValueError:
                refused_by_check.add(number)
        assert refused_by_pattern == refused_by_check, hex(codes[start])
        refused_anywhere = refused_anywhere or bool(refused_by_check)
    assert refused_anywhere  # each check refuses something, so the comparison means something
