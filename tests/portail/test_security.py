import os
import subprocess
import sys

import pytest

from django.conf import settings

from portail.settings.env import BASE_DIR, VARIABLES
from tests.utils import sign_in_with_totp

pytestmark = pytest.mark.django_db

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portail.settings.production",
    "SECRET_KEY": "k3y-for-the-deploy-check-7c1f4e9a2b8d6c0e5f3a1b9d7c5e3f1a0b8d6c4e2f0a",
    "ALLOWED_HOSTS": "portail.example.org",
    "DATABASE_URL": "sqlite:////tmp/portail-deploy-check.sqlite3",
}


def run_manage(*args, env):
    schema = {variable.name for variable in VARIABLES}
    clean_env = {k: v for k, v in os.environ.items() if k not in schema | set(PRODUCTION_ENV)}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
    )


def test_production_settings_pass_the_deploy_check_without_warning():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_required_settings(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert missing in result.stderr


def test_every_environment_variable_is_documented_in_the_readme():
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| variable | type | default | description |") :].split("\n\n")[0]
    documented = {line.split("|")[1].strip(" `") for line in table.splitlines()[2:]}
    assert documented == {variable.name for variable in VARIABLES}


@pytest.mark.parametrize(
    "path",
    ["/fr/", "/es/formarse/", "/fr/accounts/login/", "/fr/nulle-part/", "/healthz", "/robots.txt", "/"],
)
def test_public_responses_carry_security_headers(client, site_tree, path):
    response = client.get(path)

    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_has_its_own_content_security_policy(client):
    response = client.get("/admin/")
    assert "script-src 'self' 'unsafe-inline'" in response["Content-Security-Policy"]


def test_admin_avatars_come_from_the_site_not_gravatar(client, editor):
    html = sign_in_with_totp(client, editor).get("/admin/").content.decode()

    assert "avatar" in html and "gravatar" not in html


def test_base_settings_are_production_safe():
    from portail.settings import base

    assert base.SESSION_COOKIE_SECURE and base.CSRF_COOKIE_SECURE
    assert base.SECURE_HSTS_SECONDS >= 31536000
    assert settings.AUTH_USER_MODEL == "portail.User"


@pytest.mark.urls("tests.portail.failing_urls")
def test_a_server_error_still_carries_security_headers_and_a_localised_page(client):
    client.raise_request_exception = False

    response = client.get("/es/boom/")

    assert response.status_code == 500
    assert "Algo ha fallado por nuestra parte" in response.content.decode()
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
