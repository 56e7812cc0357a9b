"""``kztimeline.__all__`` is exactly the public names, and every error class is among them."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import kztimeline
from kztimeline.errors import KztimelineError


def every_module() -> list[ModuleType]:
    """Every module of the package, imported, so that every error class is defined."""
    return [kztimeline] + [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(kztimeline.__path__, "kztimeline.")
        if info.name != "kztimeline.__main__"
    ]


def subclasses(root: type) -> set[type]:
    found = set(root.__subclasses__())
    for child in list(found):
        found |= subclasses(child)
    return found


def test_all_lists_exactly_the_public_names() -> None:
    """Every name in ``__all__`` resolves, and every public attribute is in ``__all__``."""
    every_module()  # importing submodules binds them as attributes; they are not public names
    for name in kztimeline.__all__:
        getattr(kztimeline, name)
    public = {
        name
        for name, value in vars(kztimeline).items()
        if not name.startswith("_") and not isinstance(value, ModuleType)
    }
    assert public <= set(kztimeline.__all__)
    assert len(kztimeline.__all__) == len(set(kztimeline.__all__))


def test_dir_shows_the_lazy_names_before_their_first_use() -> None:
    assert set(kztimeline.__all__) <= set(dir(kztimeline))


def test_every_error_class_is_exported_from_the_root_and_defined_in_errors() -> None:
    """A user can catch any error kztimeline raises by its public name."""
    every_module()
    errors = {KztimelineError} | subclasses(KztimelineError)
    ours = {cls for cls in errors if cls.__module__.startswith("kztimeline")}
    assert {cls.__name__ for cls in ours} <= set(kztimeline.__all__)
    assert {cls.__module__ for cls in ours} == {"kztimeline.errors"}
    for cls in ours:
        assert getattr(kztimeline, cls.__name__) is cls
        # each is also a builtin error, so ``except ValueError`` and ``except OSError`` work
        assert any(base.__module__ == "builtins" and base is not object for base in cls.__mro__[1:])
