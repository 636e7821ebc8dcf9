# The two commands a newcomer needs: `make run` and `make test`. Everything else is a step
# they call. Each step is skipped when its inputs have not changed.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
PORT ?= 8000
export PORT

.PHONY: run test install static migrate demo lint pytest clean bench scale-check messages faults backup-check profile

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

static/build/.built: node_modules/.installed $(wildcard static/scss/*.scss) static/build.mjs
	npm run --silent build
	touch $@

# Translations, compiled from the catalogues translators edit (needs GNU gettext).
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po
	msgfmt --check -o $@ $<

# The Spanish catalogue, and the English one that adds "ET" to a few Wagtail admin messages.
CATALOGUES := locale/es/LC_MESSAGES/django.mo locale/en/LC_MESSAGES/django.mo

static: install static/build/.built $(CATALOGUES)
	$(PY) manage.py collectstatic --noinput --ignore scss --ignore build.mjs -v0

migrate: install
	$(PY) manage.py migrate --noinput -v0

demo: migrate
	$(PY) manage.py load_demo_content
	$(PY) manage.py create_dev_users

run: static demo $(CATALOGUES)
	@echo "Serving on http://127.0.0.1:$(PORT)/ (admin at http://127.0.0.1:$(PORT)/admin/)"
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/honcho start -f Procfile

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates $(wildcard */templates)
	$(PY) manage.py makemigrations --check --dry-run -v1

pytest: install static $(CATALOGUES)
	$(VENV)/bin/pytest $(PYTEST_ARGS)

test: lint pytest

# After changing or adding interface text: update the Spanish catalogue, then translate the new
# entries (tests/i18n fails until every one has Spanish).
messages: install
	$(PY) manage.py makemessages -l es --no-location --ignore=.venv --ignore=node_modules --ignore=staticfiles

# Not part of `make test`: measurements and multi-process checks against PostgreSQL + Redis.
# BENCH_ARGS="--quick" (about 4 min once the databases are built), "--duration 5s --workers 4
# --no-baseline --sizes 100,1000 --rebuild"; see scripts/bench.py. Writes docs/benchmarks.md.
bench: static
	command -v wrk >/dev/null || apt-get install -y wrk
	$(PY) scripts/bench.py $(BENCH_ARGS)

# Where a cold page spends its time (pyinstrument), on DATABASE_URL/REDIS_URL:
# make profile URLS="/ /updates/" [PROFILE_ARGS="--mode render --repeat 50"]. Not a test.
URLS ?= /
profile: static
	$(PY) scripts/profile.py $(PROFILE_ARGS) $(URLS)

scale-check: static
	$(PY) scripts/scale_check.py

# Its own Redis and PostgreSQL cluster (never the shared ones): Redis stopped, PostgreSQL
# restarted, under load. PASS/FAIL.
faults: static
	$(PY) scripts/faults.py $(FAULTS_ARGS)

# pg_dump of the bench database, restored into a fresh one, compared. PASS/FAIL.
backup-check: install
	$(PY) scripts/backup_check.py

clean:
	rm -rf staticfiles static/build .cache $(CATALOGUES)

# Lighthouse scores for one URL per page type, served as in production (slow: not in `make test`).
# Full-page screenshots of every page type (390 and 1280 px, both languages, menus open) in
# .cache/screenshots/index.html, from the demo database (not part of `make test`).
.PHONY: screenshots
screenshots: static demo
	$(PY) scripts/screenshots.py

.PHONY: lighthouse
lighthouse: static
	$(PY) scripts/lighthouse.py
