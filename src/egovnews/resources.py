"""Where the package's own files are: the default templates and the data tables."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def templates_dir() -> Path:
    """The folder of the default templates, one sub-folder per language.

    An installed wheel carries them inside the package; a source checkout (an editable
    install) keeps them at the top of the repository.

    >>> sorted(p.name for p in templates_dir().iterdir() if p.is_dir())
    ['en', 'fr', 'ru']
    """
    packaged = Path(str(resources.files("egovnews"))) / "templates"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "templates"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the egovnews templates are missing: looked in {packaged} and {checkout}")
