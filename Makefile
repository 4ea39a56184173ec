# The two commands of the README: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
SHARED_DATA ?= ../shared/data
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run serve test lint format gdal pdflibs nginx gettext messages catalogs install lock fixtures bench backup restore nu

# Every process of `make run` (the server, the task worker, a command run beside them) shares
# one cache: the database's (createcachetable), unless CACHE_URL names Redis.
run: export CACHE_URL ?= dbcache://spk_cache
run: export LIMITS_CACHE_URL ?= dbcache://spk_limits
run: install gdal pdflibs messages ## migrate, load the fixtures once, serve on 127.0.0.1:$(PORT)
	$(MANAGE) migrate --noinput
	$(MANAGE) createcachetable
	$(MANAGE) load_site_data
	@echo "Hintergrunddienst (PDFs der Profile) und Website starten; beenden mit Strg+C."
	@trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) db_worker --interval 2 --no-reload & worker=$$!; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Production settings under gunicorn's sync workers, which must sit behind a buffering reverse
# proxy (nginx) that terminates TLS and sets X-Forwarded-Proto (README, Deployment): a slow
# client would otherwise hold a worker. For a local try without one:
# DJANGO_SECURE_SSL_REDIRECT=false make serve
WORKERS ?= 4
BIND ?= 127.0.0.1
SECRET_KEY_FILE := .secret_key
serve: install gdal pdflibs messages
	@[ -n "$$DJANGO_SECRET_KEY" ] || [ -s $(SECRET_KEY_FILE) ] || \
		(umask 077 && $(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(64))' \
		> $(SECRET_KEY_FILE))
	export DJANGO_ENV=production \
		DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat $(SECRET_KEY_FILE))}" \
		DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-localhost,127.0.0.1}"; \
	$(MANAGE) check_mail_setup && \
	$(MANAGE) migrate --noinput && \
	$(MANAGE) createcachetable && \
	$(MANAGE) collectstatic --noinput -v0 && \
	$(MANAGE) load_site_data && \
	{ trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) db_worker --interval 2 --no-reload & worker=$$!; \
	SPK_BIND=$(BIND):$(PORT) WORKERS=$(WORKERS) \
		$(BIN)/gunicorn spk_site.wsgi --config deploy/gunicorn.conf.py; }

backup: install ## database and media into backups/*.tar.gz
	$(MANAGE) backup backups

restore: install ## make restore ARCHIVE=backups/spk-backup-….tar.gz
	@[ -n "$(ARCHIVE)" ] || { echo "ARCHIVE=… angeben"; exit 1; }
	$(MANAGE) restore "$(ARCHIVE)"

test: install gdal pdflibs nginx messages nu ## the whole suite, browser tests included
	$(BIN)/pytest

# The Nu Html Checker the tests run over every page (vnu-jar from the npm registry, pinned in
# package-lock.json; needs Java and npm: apt-get install -y default-jre-headless npm).
NU_JAR := node_modules/vnu-jar/build/dist/vnu.jar
nu: $(NU_JAR)
$(NU_JAR): package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --silent && touch $@; \
	else echo "npm fehlt: die HTML-Prüfung (Nu Html Checker) wird übersprungen."; fi

# Style, formatting (no `fmt: skip` to fit a limit) and the apps' layers (import-linter).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

install: $(VENV)/.installed

# Exactly the locked versions, each checked against its hash (requirements.lock). Not every
# installed file byte-compiled up front (--no-compile): Python compiles what it imports, once.
$(VENV)/.installed: requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 oder neuer wird benötigt (PYTHON=... setzen)."; exit 1; }
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-compile \
		--require-hashes --no-deps -r requirements.lock
	touch $@

# After changing the dependencies in pyproject.toml: pin them again, with hashes.
lock:
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --extra dev --strip-extras \
		--no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

# The translations (spk_site/locale/*/LC_MESSAGES/*.po) compiled for Django; needs GNU gettext.
messages: install gettext
	$(MANAGE) compilemessages --ignore=.venv -v0

# Collect new German source strings into the en/tr/ar catalogs (translate them, then `make messages`).
catalogs: install gettext
	$(MANAGE) makemessages -l en -l tr -l ar --ignore=.venv --ignore=tests --ignore=bench --no-obsolete --no-location

# One way to install what the OS provides: apt-get, after an update only when needed.
apt_install = $(SUDO) apt-get install -y $(1) || { $(SUDO) apt-get update && $(SUDO) apt-get install -y $(1); }

gettext:
	@command -v msgfmt >/dev/null 2>&1 && exit 0; \
	if command -v apt-get >/dev/null 2>&1; then \
		echo "gettext fehlt: installiere gettext ..."; \
		$(call apt_install,gettext); \
	else \
		echo "GNU gettext fehlt (msgfmt). Debian/Ubuntu: sudo apt-get install -y gettext;"; \
		echo "macOS (Homebrew): brew install gettext"; exit 1; \
	fi

# django-leaflet's admin widget needs the GDAL library from the operating system.
gdal:
	@if command -v gdalinfo >/dev/null 2>&1 || ldconfig -p 2>/dev/null | grep -q libgdal; then \
		exit 0; \
	elif command -v apt-get >/dev/null 2>&1; then \
		echo "GDAL fehlt: installiere gdal-bin ..."; \
		$(call apt_install,gdal-bin); \
	else \
		echo "GDAL fehlt. Bitte installieren:"; \
		echo "  Debian/Ubuntu: sudo apt-get install -y gdal-bin"; \
		echo "  macOS (Homebrew): brew install gdal"; \
		exit 1; \
	fi

# WeasyPrint (the region profiles as PDF) needs Pango from the operating system, and fonts
# with Arabic letters (DejaVu), which it embeds in each PDF.
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
pdflibs:
	@if ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 && fc-list 2>/dev/null | grep -q DejaVuSans; then \
		exit 0; \
	elif command -v apt-get >/dev/null 2>&1; then \
		echo "Pango oder DejaVu fehlt (PDF der Profile): installiere $(PDF_PACKAGES) ..."; \
		$(call apt_install,$(PDF_PACKAGES)); \
	else \
		echo "Für die PDFs der Profile fehlen Pango und DejaVu-Schriften:"; \
		echo "  Debian/Ubuntu: sudo apt-get install -y $(PDF_PACKAGES)"; \
		echo "  macOS (Homebrew): brew install pango"; \
		exit 1; \
	fi

# nginx in front, as in production (deploy/nginx/spk.conf): tests/test_nginx.py runs the site
# behind it. Only the binary is used; the test starts its own nginx on free ports.
nginx:
	@if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then \
		exit 0; \
	elif command -v apt-get >/dev/null 2>&1; then \
		echo "nginx fehlt: installiere nginx-light ..."; \
		$(call apt_install,nginx-light); \
	else \
		echo "nginx fehlt (tests/test_nginx.py wird übersprungen):"; \
		echo "  Debian/Ubuntu: sudo apt-get install -y nginx-light"; \
		echo "  macOS (Homebrew): brew install nginx"; \
	fi

# Regenerates the imported fixtures from the official files in ../shared/data (not needed to run
# or test). Hand-kept fixtures (FAQ, pages, Leichte Sprache, place kinds, the places named in the
# facts file) are their own source and stay as they are.
FIXTURE_DB := /tmp/spk-fixtures-$(shell id -u).sqlite3
fixtures: install gdal
	rm -f $(FIXTURE_DB)
	export DATABASE_URL=sqlite:///$(FIXTURE_DB); \
	$(MANAGE) migrate --noinput -v0 && \
	$(MANAGE) loaddata fixtures/place_kinds.json && \
	$(MANAGE) import_lor $(SHARED_DATA)/lor2021 && \
	$(MANAGE) import_population $(SHARED_DATA)/population/ewr_2025-12-31_plr_neukoelln.csv && \
	$(MANAGE) import_population \
		$(SHARED_DATA)/population/einwohner_2021-2024_halbjahre_t2_plr_neukoelln.csv && \
	$(MANAGE) import_population \
		$(SHARED_DATA)/population/einwohner_2021-2024_halbjahre_t1_plr_neukoelln.csv && \
	$(MANAGE) import_mss $(SHARED_DATA)/mss2021 && \
	$(MANAGE) import_berlin_population $(SHARED_DATA)/berlin/population && \
	$(MANAGE) import_berlin_crime $(SHARED_DATA)/berlin/crime && \
	$(MANAGE) import_berlin_mss $(SHARED_DATA)/berlin/mss2021 && \
	$(MANAGE) import_berlin_green $(SHARED_DATA)/berlin/green && \
	$(MANAGE) import_berlin_kitas $(SHARED_DATA)/berlin/kitas && \
	$(MANAGE) import_action_areas $(SHARED_DATA)/offices/stadtteilkoordinationen.json && \
	$(MANAGE) import_addresses $(SHARED_DATA)/addresses/adressen_neukoelln.csv && \
	$(MANAGE) import_offices $(SHARED_DATA)/offices/stadtteilkoordinationen.json \
		--update $(SHARED_DATA)/offices/facts-update-2026-11.json \
		--legal-facts $(SHARED_DATA)/offices/legal-facts.json && \
	$(MANAGE) import_small_grants $(SHARED_DATA)/offices/facts-update-2026-11.json && \
	$(MANAGE) import_kitas $(SHARED_DATA)/infrastructure/kitas_neukoelln_2026-07.csv && \
	$(MANAGE) import_green $(SHARED_DATA)/green && \
	$(MANAGE) export_fixtures
	rm -f $(FIXTURE_DB)
