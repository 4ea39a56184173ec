"""What stays out of every log: the query strings of requests (an address or a search a
visitor typed). The site's own request log writes paths only; this filter does the same for
what others log (gunicorn names a request it could not answer)."""

import logging
import re

# A path followed by its query string: "/zustaendigkeit/?strasse=…" -> "/zustaendigkeit/"
QUERY_STRING = re.compile(r"(/[^\s?\"']*)\?[^\s\"']*")


class WithoutQueryString(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        cleaned = QUERY_STRING.sub(r"\1", message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        if record.exc_info and record.exc_text is None and record.exc_info[1] is not None:
            exception = str(record.exc_info[1])
            if QUERY_STRING.search(exception):  # the request line inside an exception text
                record.exc_text = QUERY_STRING.sub(
                    r"\1", logging.Formatter().formatException(record.exc_info)
                )
        return True
