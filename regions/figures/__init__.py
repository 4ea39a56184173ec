"""Our figures: declared once (declarations.py, and each app's own figures module), computed
in one table (table.py) that region pages, Kieze in Zahlen, downloads and profiles read."""

from .declarations import FIGURES

__all__ = ["FIGURES"]
