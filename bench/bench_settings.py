"""Production settings plus one bare view, for bench/serve.py only."""

from spk_site.settings import *  # noqa: F403
from spk_site.settings import BASE_DIR, TEMPLATES

ROOT_URLCONF = "bench.bench_urls"
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "bench" / "templates"]
