"""`python -m egovnews` runs the command line."""

from .cli import entry

entry()
