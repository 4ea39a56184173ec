"""Settings for the SPK site, read from the environment in this one place.

Development defaults are safe (DEBUG off, local hosts only, SQLite, local-memory cache).
With DJANGO_ENV=production the site refuses to start without a real secret key and hosts.
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()

DJANGO_ENV = env.str("DJANGO_ENV", default="development").strip().lower()
if DJANGO_ENV not in {"development", "production"}:
    raise ImproperlyConfigured("DJANGO_ENV must be 'development' or 'production'.")
PRODUCTION = DJANGO_ENV == "production"

DEVELOPMENT_SECRET_KEY = "development-only-not-secret-spk-neukoelln"  # noqa: S105
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=[] if PRODUCTION else ["localhost", "127.0.0.1", "[::1]"]
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
# The site's public address, for what is read without a page around it: links in PDFs, mails.
SITE_URL = env.str(
    "SITE_URL",
    default=f"https://{ALLOWED_HOSTS[0]}"
    if PRODUCTION and ALLOWED_HOSTS
    else "http://127.0.0.1:8000",
)

if PRODUCTION:
    if SECRET_KEY == DEVELOPMENT_SECRET_KEY or len(SECRET_KEY) < 50:
        raise ImproperlyConfigured(
            "DJANGO_ENV=production needs DJANGO_SECRET_KEY: a random value of 50+ characters."
        )
    if DEBUG:
        raise ImproperlyConfigured("DJANGO_DEBUG must be off in production.")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("DJANGO_ENV=production needs DJANGO_ALLOWED_HOSTS.")

INSTALLED_APPS = [
    "modeltranslation",  # before the admin, as it asks
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # the form widgets' templates, for TemplatesSetting below
    "csp",
    "leaflet",
    "djgeojson",
    "reversion",
    "axes",
    "django_prose_editor",
    "django_tasks",
    "django_tasks_db",
    "spk_site",
    "staff",
    "backups",
    "regions",
    "coordination",
    "events",
    "places",
    "profiles",
    "search",  # after the apps whose sources it indexes
]

MIDDLEWARE = [
    "spk_site.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed once for nginx, which keeps them so and sends them on as they are (or
    # unpacked, to the rare reader that takes no gzip): deploy/nginx/spk.conf. With Django's
    # BREACH mitigation; visitors' pages carry no secret anyway.
    "django.middleware.gzip.GZipMiddleware",
    "spk_site.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "spk_site.middleware.UrlLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "spk_site.middleware.AdminObjectIdMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses logins while an IP or user is locked out
    "django.contrib.auth.backends.ModelBackend",
]
ADMIN_URL = env.str("DJANGO_ADMIN_URL", default="admin/").strip("/") + "/"

ROOT_URLCONF = "spk_site.urls"
WSGI_APPLICATION = "spk_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Widgets render with our templates too (templates/leaflet/admin/widget.html completes the
# map widget's German texts).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# --- Data stores -------------------------------------------------------------------------
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {"timeout": 20}

# Production needs a cache all worker processes share (content version, cached pages):
# Redis (redis://host:6379/0), or else a database table (dbcache://spk_cache).
CACHES = {
    "default": env.cache_url(
        "CACHE_URL", default="dbcache://spk_cache" if PRODUCTION else "locmemcache://"
    )
}
CACHES["default"].setdefault("KEY_PREFIX", "spk")
# A hung Redis costs each request at most this long once; then the breaker stops asking it
# for CACHE_BREAK_SECONDS (spk_site.cache_backend).
CACHE_TIMEOUT_SECONDS = env.float("CACHE_TIMEOUT_SECONDS", default=0.05)
CACHE_BREAK_SECONDS = env.float("CACHE_BREAK_SECONDS", default=10)
if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    # Degrade, don't fail: with Redis unreachable or hung, pages are rendered uncached, fast.
    CACHES["default"]["BACKEND"] = "spk_site.cache_backend.ResilientRedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": CACHE_TIMEOUT_SECONDS,
            "SOCKET_TIMEOUT": CACHE_TIMEOUT_SECONDS,
        }
    )
    # One warning per health check instead of a traceback per cache call (spk_site.views).
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# How long a shared cache in front (nginx) may serve a page every visitor sees alike without
# asking again (Cache-Control: s-maxage): an edit reaches readers within this time.
PROXY_CACHE_SECONDS = env.int("PROXY_CACHE_SECONDS", default=30)
# The counters that limit what one sender may send (messages, page answers) live apart from the
# cached pages, so that no flood of page entries can push them out: a table of the database.
CACHES["limits"] = env.cache_url(
    "LIMITS_CACHE_URL", default="dbcache://spk_limits" if PRODUCTION else "locmemcache://limits"
)
CACHES["limits"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 100_000)

# Background work (PDF builds, scheduled rebuilds, mail): Django's task framework (django-tasks,
# the API Django 6 ships) with its database backend; `manage.py db_worker` runs the tasks.
# Tests run them at once (TASKS_BACKEND=immediate).
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}
_task_backend = env.str("TASKS_BACKEND", default="database")
if _task_backend not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[_task_backend], "QUEUES": ["default"]}}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language ------------------------------------------------------------------------------
# The URL decides the language: German unprefixed, /en/, /tr/, /ar/. Never a cookie, a
# session or Accept-Language (spk_site.middleware.UrlLanguageMiddleware).
LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English"), ("tr", "Türkçe"), ("ar", "العربية")]
MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)
# django-modeltranslation's language tabs would load jQuery (UI) from Google's CDN: we give it
# the admin's own jQuery and our small tabs widget instead (its setting names carry no prefix).
JQUERY_URL = "admin/js/vendor/jquery/jquery.min.js"
JQUERY_UI_URL = "js/admin-tabs.js"
# Our catalogs come first: they also fill the gaps in Django's and the libraries' German.
LOCALE_PATHS = [BASE_DIR / "spk_site" / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
FORMAT_MODULE_PATH = ["spk_site.formats"]  # Arabic: thousands grouped like the other languages
USE_TZ = True

# --- Static and media files ----------------------------------------------------------------
STATIC_URL = "/static/"
# Collected files exist in production only; elsewhere whitenoise reads the finders.
STATIC_ROOT = BASE_DIR / "staticfiles" if PRODUCTION else None
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
# Empty: the app streams uploaded files itself (in chunks, with byte ranges). Set to an
# internal nginx location ("/geschuetzte-dateien/") to let the proxy send them (README).
MEDIA_ACCEL_REDIRECT = env.str("DJANGO_MEDIA_ACCEL_REDIRECT", default="")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Outside production, whitenoise serves straight from the finders: no collectstatic needed.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION  # edited files are served at once in development
# Source maps (4.5 MB of the admin's editor and Leaflet) are for developers' tools, never sent
# to visitors: not compressed (saves half of collectstatic's time).
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [
    *("jpg", "jpeg", "png", "gif", "webp", "zip", "gz", "tgz", "bz2", "tbz", "xz", "br"),
    *("swf", "flv", "woff", "woff2", "3gp", "3gpp", "asf", "avi", "m4v", "mov", "mp4"),
    *("mpeg", "mpg", "webm", "wmv", "map"),
]

# --- Map -----------------------------------------------------------------------------------
MAP_TILE_URL = env.str("MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
# Shown in the reader's language when it is ours (gettext_noop marks it for the catalogs).
MAP_TILE_ATTRIBUTION = env.str(
    "MAP_TILE_ATTRIBUTION",
    default=gettext_noop(
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende'
    ),
)
MAP_TILE_OPERATOR = env.str("MAP_TILE_OPERATOR", default="OpenStreetMap Foundation (OSMF)")
MAP_TILE_PRIVACY_URL = env.str(
    "MAP_TILE_PRIVACY_URL", default="https://osmfoundation.org/wiki/Privacy_Policy"
)
MAP_MIN_ZOOM = 10
MAP_MAX_ZOOM = env.int("MAP_MAX_ZOOM", default=19)
if not MAP_TILE_URL.startswith("https://"):
    raise ImproperlyConfigured("MAP_TILE_URL must start with https://")
_tile_url = urlsplit(MAP_TILE_URL.replace("{s}.", "SUBDOMAIN."))
MAP_TILE_ORIGIN = f"{_tile_url.scheme}://{_tile_url.netloc}".replace("SUBDOMAIN.", "*.")

LEAFLET_CONFIG = {
    "TILES": [
        (
            _("Stadtplan"),
            MAP_TILE_URL,
            {
                "attribution": MAP_TILE_ATTRIBUTION,
                "maxZoom": MAP_MAX_ZOOM,
                "referrerPolicy": "strict-origin",
            },
        )
    ],
    "DEFAULT_CENTER": (52.455, 13.445),
    "DEFAULT_ZOOM": 12,
    "MIN_ZOOM": MAP_MIN_ZOOM,
    "MAX_ZOOM": MAP_MAX_ZOOM,
    "SPATIAL_EXTENT": (13.39, 52.39, 13.53, 52.49),
    "RESET_VIEW": False,
    "ATTRIBUTION_PREFIX": "Leaflet",
}

# django-prose-editor asks for its own sanitizer on each field; ours cleans in the field's
# pre_save instead, once, for every way a row is stored (spk_site.rich_text).
SILENCED_SYSTEM_CHECKS = ["django_prose_editor.W004"]

# --- Mail ----------------------------------------------------------------------------------
# Messages from the contact form reach staff in the admin and by e-mail: through this server
# (EMAIL_URL, e.g. submission://user:password@mail.example.org:587); without it they are printed
# to the log, which `make serve` refuses in production (manage.py check_mail_setup).
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="webmaster@localhost")
# A mail server that hangs costs the background task this long per attempt, never a visitor.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
# Where messages for the OE SPK go, and those for an office without an e-mail address (the OE
# SPK forwards them). `make serve` refuses to start in production without it.
SPK_MESSAGES_TO = env.str("SPK_MESSAGES_TO", default="")

# --- Security ------------------------------------------------------------------------------
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", MAP_TILE_ORIGIN],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Only what the site uses: geolocation for "Meinen Standort verwenden", from our origin.
PERMISSIONS_POLICY = {
    "geolocation": ["self"],
    "camera": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "accelerometer": [],
    "gyroscope": [],
    "magnetometer": [],
    "fullscreen": ["self"],
}

# Admin login throttling (django-axes): per IP address and user name together, so that a
# stranger who knows an editor's name cannot lock the editor out.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "spk_site.security.client_ip"
# How many reverse proxies in front of the app append to X-Forwarded-For (0: none).
PROXY_COUNT = env.int("DJANGO_PROXY_COUNT", default=1 if PRODUCTION else 0)

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = False
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SILENCED_SYSTEM_CHECKS += [
        # Preloading is a decision for the whole berlin.de domain, not for this site.
        "security.W021",
    ]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        # One line per request comes from spk_site.requests; these would repeat it.
        "django.server": {"level": "ERROR"},
        "django.request": {"level": "ERROR"},
        "spk_site.requests": {"level": env.str("DJANGO_REQUEST_LOG_LEVEL", default="INFO")},
        "axes": {"level": "WARNING"},
        # CSS WeasyPrint does not know (logical properties for the screen) is fine in a PDF.
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "ERROR"},
    },
}
