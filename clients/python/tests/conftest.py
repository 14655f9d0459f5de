"""A grantdesk server for the tests, started by the tests themselves.

GRANTDESK_BIN: the server binary (default: target/debug/grantdesk of this repo).
TEST_DATABASE_URL: a PostgreSQL URL (e.g. postgres://postgres@127.0.0.1:5432/postgres); when set,
a fresh database grantdesk_sdk_py_<random> is made there with psql for the run (and dropped
after), otherwise the server runs on a fresh SQLite file.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest

SDK_DIR = Path(__file__).resolve().parent.parent
REPO = SDK_DIR.parent.parent
READY_TIMEOUT_S = 60.0


@dataclass
class Server:
    base_url: str
    backend: str
    log_path: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _psql(admin_url: str, sql: str) -> None:
    subprocess.run(
        ["psql", admin_url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    binary = Path(os.environ.get("GRANTDESK_BIN", REPO / "target" / "debug" / "grantdesk")).resolve()
    if not binary.is_file():
        pytest.fail(f"no server binary at {binary} (build it, or set GRANTDESK_BIN)")
    workdir = Path(tempfile.mkdtemp(prefix="grantdesk-sdk-py-"))
    admin_url = os.environ.get("TEST_DATABASE_URL", "").strip()
    database = None
    if admin_url:
        if not admin_url.startswith(("postgres://", "postgresql://")):
            pytest.fail(f"TEST_DATABASE_URL must be a PostgreSQL URL, not {admin_url!r}")
        database = f"grantdesk_sdk_py_{secrets.token_hex(6)}"
        _psql(admin_url, f'CREATE DATABASE "{database}"')
        database_url = _with_database(admin_url, database)
        backend = "postgresql"
    else:
        database_url = f"sqlite://{workdir}/g.sqlite3"
        backend = "sqlite"

    port = _free_port()
    env = dict(os.environ)
    env.update(
        GRANTDESK_DEMO="true",
        GRANTDESK_BIND=f"127.0.0.1:{port}",
        GRANTDESK_RATE_LIMITS="off",
        RUST_LOG="warn",
        DATABASE_URL=database_url,
    )
    log_path = workdir / "server.log"
    global _server_log
    _server_log = log_path
    log = open(log_path, "wb")
    process = subprocess.Popen([str(binary), "serve"], cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while True:
            if process.poll() is not None:
                pytest.fail(f"the server exited with {process.returncode} before it was ready")
            try:
                if httpx.get(f"{base_url}/health/ready", timeout=2.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the server was not ready within {READY_TIMEOUT_S:.0f} s")
            time.sleep(0.2)
        yield Server(base_url=base_url, backend=backend, log_path=log_path)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        _server_log = None
        if database:
            try:
                _psql(admin_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            except subprocess.CalledProcessError as error:
                print(f"could not drop {database}: {error.stderr}")
        shutil.rmtree(workdir, ignore_errors=True)


_server_log: Path | None = None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # type: ignore[no-untyped-def]
    """On a failure while the server runs, its log goes into the failure's report."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and _server_log is not None and _server_log.exists():
        text = _server_log.read_text(errors="replace")
        report.sections.append(("grantdesk server log", text[-20000:] or "(empty)"))
