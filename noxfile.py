"""Sessions: contract (the main job), generate, verify, lint, tests, journey, mock, publish, bench.

Every session installs what it needs from pyproject.toml's pinned groups; Node tools come from
package.json/package-lock.json through `npm ci`.
"""

import shutil
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["contract"]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
CLIENT_PACKAGES = {
    "generated/qonversion-client": "qonversion_client",
    "generated/salesforce-personalization-client": "salesforce_personalization_client",
}


def install(session: nox.Session, *groups: str, clients: bool = False) -> None:
    """This project (editable) with the named dependency groups; a group's ``specfirst[extra]`` is this
    project's extra, so each pin is written once, in [project.optional-dependencies]."""
    deps = [dep for group in groups for dep in nox.project.dependency_groups(PYPROJECT, group)]
    extras = sorted({dep[len("specfirst[") : -1] for dep in deps if dep.startswith("specfirst[")})
    others = [dep for dep in deps if not dep.startswith("specfirst[")]
    session.install("-e", f".[{','.join(extras)}]" if extras else ".", *others)
    if clients:
        for client in CLIENT_PACKAGES:
            session.install("-e", client)


def npm_tools(session: nox.Session) -> None:
    """Install the pinned Node tools (Redocly, api-smart-diff) from package-lock.json."""
    if shutil.which("npm") is None:
        session.error("npm is not installed: the Node tools (Redocly lint) need Node.js 20+ and npm")
    lock = ROOT / "package-lock.json"
    stamp = ROOT / "node_modules" / ".package-lock.json"
    if not stamp.exists() or stamp.stat().st_mtime < lock.stat().st_mtime:
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)


def chromium(session: nox.Session) -> None:
    """Debian's Chromium for the browser tests (tests/publish): installed with apt-get when missing."""
    if Path("/usr/bin/chromium").exists():
        return
    if shutil.which("apt-get") is None:
        session.error("/usr/bin/chromium is missing and apt-get is not available: install Debian's `chromium` package")
    try:
        session.run("apt-get", "update", external=True)
        session.run("apt-get", "install", "-y", "chromium", external=True)
    except nox.command.CommandFailed:
        session.error("could not install Chromium (`apt-get install -y chromium`, as root): the browser tests need it")


@nox.session
def generate(session: nox.Session) -> None:
    """Check both specs, regenerate both clients into generated/, and type-check them."""
    install(session, "test")
    session.run("python", "-m", "specfirst", "generate", *session.posargs)
    for folder, package in CLIENT_PACKAGES.items():
        with session.chdir(folder):
            session.run("mypy", "--strict", "--no-incremental", package)


@nox.session
def verify(session: nox.Session) -> None:
    """Fail if generated/ differs from a fresh generation (the drift gate, outside pytest)."""
    install(session, "generate")
    session.run("python", "-m", "specfirst", "verify")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff and mypy on the hand-written code; Redocly's recommended rules on both specs."""
    install(session, "test", "publish", clients=True)
    session.run("ruff", "check", "src", "tests", "overrides", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "tests", "overrides", "noxfile.py")
    session.run("mypy", "src")
    npm_tools(session)
    session.run(
        "node_modules/.bin/redocly",
        "lint",
        "--format",
        "stylish",
        *sorted(map(str, ROOT.glob("openapi/*.yaml"))),
        external=True,
    )


@nox.session
def contract(session: nox.Session) -> None:
    """The main job: the contract suite against the built-in mocks (or `-- --live API`); reports in reports/.

    `-- deviations [NAME...]`: the catalogue of deviating servers, with the catch rate.
    `-- repeat`: live runs with writes against the served mock, SPECFIRST_CONTRACT_REPEAT times (false alarms)."""
    install(session, "test", clients=True)
    if session.posargs[:1] == ["deviations"]:
        session.run("python", "-m", "specfirst.contract.deviations", *session.posargs[1:])
    elif session.posargs[:1] == ["repeat"]:
        test = "tests/contract/test_live.py::test_live_runs_with_writes_against_the_served_mock_pass_every_time"
        session.run("pytest", "-p", "no:cacheprovider", "-q", test)
    else:
        session.run("python", "-m", "specfirst", "contract", *session.posargs)


@nox.session
def mock(session: nox.Session) -> None:
    """Serve a reference mock on 127.0.0.1: `nox -s mock -- qonversion [--port 8080]`."""
    install(session, "mock")
    session.run("python", "-m", "specfirst", "mock", *(session.posargs or ["qonversion"]))


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite (the README's test command) on every core; the journey has its own session."""
    install(session, "test", "publish", clients=True)
    npm_tools(session)
    chromium(session)
    session.run("pytest", *(session.posargs or ["-n", "auto", "--ignore=tests/journey"]))


@nox.session
def journey(session: nox.Session) -> None:
    """A new user's journey (tests/journey): the wheels built and installed into fresh venvs outside the checkout,
    then a plain pytest run, the mock fixtures, `specfirst mock` served, and `specfirst contract --live` on it."""
    install(session, "journey")
    session.run("pytest", "-p", "no:cacheprovider", "tests/journey", *session.posargs)


@nox.session
def publish(session: nox.Session) -> None:
    """Write a release into dist/ (bundled specs, offline HTML docs, client wheels/sdists, changelog).

    Refused, with the list of breaking changes, when a spec breaks clients without a major bump of
    info.version against openapi/published/; on success openapi/published/ and CHANGELOG.md are updated.
    The drift gate runs first: a client that does not match its spec is never packaged.
    """
    install(session, "generate", "publish")
    npm_tools(session)
    session.run("python", "-m", "specfirst", "verify")
    session.run("python", "-m", "specfirst", "publish", *session.posargs)  # default --out: dist/


def wrk(session: nox.Session) -> None:
    """Debian's wrk (the load generator of the mock-throughput benchmark): installed with apt-get when missing."""
    if shutil.which("wrk") is not None:
        return
    if shutil.which("apt-get") is None:
        session.error("wrk is missing and apt-get is not available: install Debian's `wrk` package")
    try:
        session.run("apt-get", "update", external=True)
        session.run("apt-get", "install", "-y", "wrk", external=True)
    except nox.command.CommandFailed:
        session.error("could not install wrk (`apt-get install -y wrk`, as root): the mock benchmark needs it")


def prism(session: nox.Session) -> None:
    """Prism 5.14.2 (the comparison of the mock-throughput benchmark), pinned in tools/prism/package-lock.json."""
    if shutil.which("npm") is None:
        session.error("npm is not installed: the Prism comparison needs Node.js 20 and npm")
    folder = ROOT / "tools" / "prism"
    stamp = folder / "node_modules" / ".package-lock.json"
    if not stamp.exists() or stamp.stat().st_mtime < (folder / "package-lock.json").stat().st_mtime:
        with session.chdir(folder):
            session.run("npm", "ci", "--no-audit", "--no-fund", external=True)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks, not tests, printed as one table and merged into reports/bench.json: the mock under uvicorn vs
    Prism (wrk), contract cases/s vs generation only, regeneration time, client overhead vs raw httpx.
    `nox -s bench -- SUITE...` runs some suites; add one in src/specfirst/bench/cli.py."""
    # Measured as a developer's environment runs: bytecode compiled (at install, or cached on first import even
    # where PYTHONDONTWRITEBYTECODE is set), else every tool subprocess (openapi-python-client, the mock)
    # recompiles all its imports on each start and regeneration takes twice as long.
    session.env["UV_COMPILE_BYTECODE"] = "1"
    session.env["PYTHONDONTWRITEBYTECODE"] = ""
    install(session, "bench", clients=True)
    if not session.posargs or "mock-throughput" in session.posargs:
        wrk(session)
        prism(session)
    session.run("python", "-m", "specfirst.bench", *session.posargs)  # = `python -m specfirst bench`
