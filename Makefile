# Portail numérique de Martinique — developer commands. `make help` lists them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
UV_VERSION := 0.13.9
TEST_WORKERS ?= 2
export UV_PROJECT_ENVIRONMENT := $(VENV)
export PYTHONDONTWRITEBYTECODE := 1

.DEFAULT_GOAL := help
.PHONY: help install setup demo serve totp test test-postgres e2e production-check quality lint format messages i18n-check bench clean

help: ## List the commands
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: uv.lock pyproject.toml
	@$(PYTHON) -c 'import sys, ensurepip; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null || \
	  { echo "Python 3.11 with venv is needed (found: $(PYTHON)). On Debian/Ubuntu: apt install python3.11-venv"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	@$(VENV)/bin/uv sync --frozen --inexact --quiet --python $(PY)
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned dependencies (uv.lock)

setup: install ## Install, migrate db.sqlite3 and load the demo content (idempotent)
	@$(PY) manage.py migrate --noinput -v 0 && echo "Database migrated."
	@$(PY) manage.py load_demo

demo: setup ## setup, then serve http://127.0.0.1:8000/ with a django-q2 worker
	@$(MAKE) --no-print-directory serve

serve: install ## Serve the site and a django-q2 worker (Ctrl+C stops both)
	@echo "Serving on http://127.0.0.1:8000/ — Ctrl+C stops the site and the worker."
	@$(PY) manage.py qcluster & worker=$$!; trap 'kill $$worker 2>/dev/null' INT TERM EXIT; \
	$(PY) manage.py runserver 127.0.0.1:8000

totp: install ## Print the current two-factor codes of the demo accounts
	@$(PY) manage.py demo_totp

test: install ## The full test suite on SQLite (no service needed), in TEST_WORKERS processes
	@$(VENV)/bin/pytest -n $(TEST_WORKERS)

test-postgres: install ## The full test suite on PostgreSQL and Redis (DATABASE_URL, REDIS_URL)
	@DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portail} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/15} $(VENV)/bin/pytest -n $(TEST_WORKERS)

e2e: install ## Browser tests and accessibility scans in Chromium (/usr/bin/chromium)
	@$(VENV)/bin/pytest -m e2e tests/e2e

production-check: install ## gunicorn + worker + PostgreSQL + Redis + SMTP, then Redis, SMTP, ES failing (figures)
	@$(PY) -m tests.production.check

quality: install i18n-check ## ruff, migrations and Django checks, translation catalogues
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .
	@$(PY) manage.py makemigrations --check --dry-run
	@$(PY) manage.py check --fail-level WARNING

format: install ## Fix what ruff can fix
	@$(VENV)/bin/ruff check --fix .
	@$(VENV)/bin/ruff format .

messages: install ## Update locale/ catalogues from the code and compile them
	@$(PY) manage.py makemessages --all --no-obsolete --ignore='.venv/*' --ignore='tests/*' --ignore='bench/*'
	@$(PY) manage.py compilemessages --ignore='.venv/*'

i18n-check: install ## Fail on a stale catalogue, an untranslated or fuzzy entry
	@bin/check-translations

bench: install ## Benchmarks (printed figures)
	@$(PY) bench/run.py
	@$(PY) bench/lheo_import.py
	@$(PY) bench/guichet_load.py
	@$(PY) bench/places.py

clean: ## Remove the venv, the SQLite database and uploaded media
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm media staticfiles
