"""The project index kept between runs: a warm run re-reads only changed files, an edit
is seen at once, a bad cache file is never trusted, and processes share it safely."""

from __future__ import annotations

import concurrent.futures
import os
import pickle
import shutil
from pathlib import Path

import pytest

from flake8_asynclog.model import index_cache, scan
from flake8_asynclog.settings import DEFAULT_SETTINGS

from .helpers import FIXTURES, run

PROJECT = FIXTURES / "project"
OLD_NS = 1_600_000_000 * 10**9  # well before any cache this test writes


def check(*args: str, cwd: Path, env: dict[str, str] | None = None) -> list[str]:
    result = run("flake8_asynclog", *args, ".", cwd=cwd, env=env)
    assert result.returncode in (0, 1), result.stderr
    return sorted(result.stdout.splitlines())


def caches(folder: Path) -> list[Path]:
    return sorted(folder.glob("index-*.pickle"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(PROJECT, copy, ignore=shutil.ignore_patterns(".asynclog_cache"))
    for path in copy.rglob("*"):
        os.utime(path, ns=(OLD_NS, OLD_NS))  # older than the racy window of any cache
    return copy


def cold_and_warm(project: Path) -> tuple[list[str], list[str]]:
    cold = check(cwd=project)
    warm = check(cwd=project)
    return cold, warm


def test_a_warm_run_gives_the_cold_findings_from_a_cache_in_the_root(project: Path) -> None:
    cold, warm = cold_and_warm(project)
    assert any("ASL101" in line for line in cold)
    assert warm == cold
    folder = project / ".asynclog_cache"
    assert len(caches(folder)) == 1
    assert (folder / ".gitignore").read_text().strip().endswith("*")
    assert (folder / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172")


@pytest.mark.parametrize("fixture", ["programs", "travel", "served", "django_site"])
def test_warm_equals_cold_on_the_multi_module_fixtures(fixture: str, tmp_path: Path) -> None:
    """Modules summarised only when another asks for a name they define, per-program
    root handlers and server files all come back the same from the cache."""
    copy = tmp_path / fixture
    shutil.copytree(FIXTURES / fixture, copy, ignore=shutil.ignore_patterns(".asynclog_cache"))
    for path in copy.rglob("*"):
        os.utime(path, ns=(OLD_NS, OLD_NS))
    cold, warm = cold_and_warm(copy)
    assert any("ASL101" in line for line in cold)
    assert warm == cold
    assert check(cwd=copy) == cold


def test_an_edit_of_the_config_module_is_seen_at_once(project: Path) -> None:
    before = check(cwd=project)
    assert any("shop/api/orders.py" in line and "ASL101" in line for line in before)
    logconf = project / "shop" / "logconf.py"
    text = logconf.read_text()
    logconf.write_text(text.replace("    shop.addHandler(handler)  # error: ASL103\n", ""))
    os.utime(logconf, ns=(OLD_NS + 10**9, OLD_NS + 10**9))  # a later, still old time
    after = check(cwd=project)
    assert not any("shop/api/orders.py" in line for line in after), after
    logconf.write_text(text)  # the same size and time as the cache knew: hashed again
    os.utime(logconf, ns=(OLD_NS + 10**9, OLD_NS + 10**9))
    assert check(cwd=project) == before


def test_only_changed_files_are_read_again(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = DEFAULT_SETTINGS
    root = str(project.resolve())
    scan.build_index(root, settings)  # cold: writes the cache
    read: list[str] = []
    summarized: list[str] = []
    real_read, real_summarize = scan.read_facts, scan.ProjectIndex.summarize_into

    def counting_read(path: str, *args: object) -> object:
        read.append(os.path.basename(path))
        return real_read(path, *args)  # type: ignore[arg-type]

    def counting_summarize(self: scan.ProjectIndex, path: str, *args: object) -> None:
        facts = self.facts.get(path)
        if facts is None or not facts.summarized:
            summarized.append(os.path.basename(path))
        real_summarize(self, path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(scan, "read_facts", counting_read)
    monkeypatch.setattr(scan.ProjectIndex, "summarize_into", counting_summarize)
    warm = scan.build_index(root, settings)
    assert read == [] and summarized == []
    assert warm.modules  # the summaries came from the cache

    worker = project / "billing" / "worker.py"
    os.utime(worker, ns=(OLD_NS + 10**9, OLD_NS + 10**9))  # touched, not changed
    scan.build_index(root, settings)
    assert read == ["worker.py"] and summarized == []


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign", "other-version"])
def test_a_bad_cache_file_is_ignored_and_rebuilt(project: Path, damage: str) -> None:
    cold = check(cwd=project)
    (path,) = caches(project / ".asynclog_cache")
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(os.urandom(len(data)))
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "foreign":  # a well-formed file whose payload would run code
        payload = pickle.dumps(os.system)
        head = index_cache.MAGIC + index_cache.FORMAT.to_bytes(2, "big")
        path.write_bytes(head + index_cache.tool_key() + _check(payload) + payload)
    else:
        path.write_bytes(data.replace(index_cache.MAGIC, index_cache.MAGIC[:-2] + b"?\n", 1))
    assert index_cache.load(str(path)) is None
    assert check(cwd=project) == cold
    assert index_cache.load(str(path)) is not None  # rebuilt


def _check(payload: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(payload, digest_size=32).digest()


def test_four_cold_processes_at_once_agree_and_leave_one_valid_cache(project: Path) -> None:
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: check(cwd=project), range(4)))
    assert all(result == results[0] for result in results)
    assert any("ASL101" in line for line in results[0])
    folder = project / ".asynclog_cache"
    (path,) = caches(folder)
    assert index_cache.load(str(path)) is not None
    assert not list(folder.glob("*.tmp"))
    assert check(cwd=project) == results[0]


def test_no_cache_writes_nothing(project: Path) -> None:
    first = check("--no-cache", cwd=project)
    assert not (project / ".asynclog_cache").exists()
    assert check(cwd=project) == first


def test_the_cache_folder_option_and_environment_variable(project: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    check("--cache-dir", str(chosen), cwd=project)
    assert len(caches(chosen)) == 1
    from_env = tmp_path / "from-env"
    env = {**os.environ, index_cache.ENV_DIR: str(from_env)}
    check(cwd=project, env=env)
    assert len(caches(from_env)) == 1
    assert not (project / ".asynclog_cache").exists()


def test_the_plugin_and_the_fixer_share_the_cache(project: Path) -> None:
    result = run("flake8", "--select", "ASL", ".", cwd=project)
    assert result.returncode == 1, result.stderr
    (path,) = caches(project / ".asynclog_cache")
    first = path.stat().st_mtime_ns
    fixed = run("flake8_asynclog.fix", "--diff", ".", cwd=project)
    assert fixed.returncode == 1, fixed.stderr
    assert caches(project / ".asynclog_cache") == [path]
    assert path.stat().st_mtime_ns == first  # nothing changed: nothing written again


def _rewrite_results(folder: Path, change: object) -> None:
    """Apply ``change`` to the kept findings of every file (the test's way to see that a
    run reuses them)."""
    import hashlib

    (path,) = sorted(folder.glob("results-*.pickle"))
    data = path.read_bytes()
    head = index_cache.MAGIC + index_cache.FORMAT.to_bytes(2, "big") + index_cache.tool_key()
    fingerprint, entries = pickle.loads(data[len(head) + 32 :])
    entries = {name: (digest, change(found)) for name, (digest, found) in entries.items()}  # type: ignore[operator]
    payload = pickle.dumps((fingerprint, entries))
    path.write_bytes(head + hashlib.blake2b(payload, digest_size=32).digest() + payload)


def test_findings_kept_for_an_unchanged_project_and_text_are_reused(project: Path) -> None:
    from flake8_asynclog.findings import Finding

    first = check(cwd=project)  # writes the index
    assert check(cwd=project) == first  # reads it, keeps the findings
    folder = project / ".asynclog_cache"
    marker = Finding("ASL999", 1, 0, "kept finding")
    _rewrite_results(folder, lambda found: [*found, marker])
    reused = check(cwd=project)
    assert set(reused) - set(first) and all("ASL999 kept finding" in line
                                            for line in set(reused) - set(first))  # fmt: skip
    assert set(first) <= set(reused)

    cli = project / "shop" / "cli.py"  # a project module changes: nothing is reused
    cli.write_text(cli.read_text() + "\n")
    os.utime(cli, ns=(OLD_NS + 10**9, OLD_NS + 10**9))
    assert check(cwd=project) == first
