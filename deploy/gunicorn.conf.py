"""gunicorn for the SPK site (deploy/systemd/spk-web.service; `make serve` reads it too).

Sync workers behind nginx, which buffers requests and responses (a slow client never holds a
worker). No access log (nginx keeps one, without query strings), and the error log never
records a query string either: when gunicorn reports a failed or timed-out request it names
the request, and what a visitor typed (an address, a search) must not reach a log."""

import multiprocessing
import os

bind = os.environ.get("SPK_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WORKERS", 2 * multiprocessing.cpu_count()))
timeout = 30
graceful_timeout = 20
# A worker is renewed now and then (bounded memory), rarely: a new one takes a second to start.
max_requests = 50_000
max_requests_jitter = 5_000
accesslog = None
control_socket_disable = True  # two instances on one machine would remove each other's

logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"without_query": {"()": "spk_site.log_filters.WithoutQueryString"}},
    "formatters": {"generic": {"format": "%(asctime)s [%(process)d] [%(levelname)s] %(message)s"}},
    "handlers": {
        "error_console": {
            "class": "logging.StreamHandler",
            "formatter": "generic",
            "filters": ["without_query"],
            "stream": "ext://sys.stderr",
        }
    },
    "root": {"level": "INFO", "handlers": ["error_console"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": [], "propagate": False},
    },
}
