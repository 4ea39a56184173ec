from .events import Event, parse_exception_dates
from .news import NewsArticle
from .small_grants import SmallGrantFund

__all__ = ["Event", "NewsArticle", "SmallGrantFund", "parse_exception_dates"]
