"""The two virtualenvs of the benchmark: bare flake8, and flake8 with the plugin."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: The distributions whose versions must be the same in both venvs.
FLAKE8_STACK = ("flake8", "pycodestyle", "pyflakes", "mccabe")


def venv_python(venv: Path) -> Path:
    if os.name == "nt":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def venv_script(venv: Path, name: str) -> Path:
    if os.name == "nt":
        return venv / "Scripts" / f"{name}.exe"
    return venv / "bin" / name


def child_env() -> dict[str, str]:
    """The environment of every child: nothing that could point Python elsewhere."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONNOUSERSITE"}
        and not k.startswith(("FLAKE8", "PIP_REQUIRE"))
    }
    env["PYTHONNOUSERSITE"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def sh(cmd: Sequence[str | Path], *, quiet: bool, cwd: Path | None = None) -> str:
    argv = [str(part) for part in cmd]
    if not quiet:
        print("  $", " ".join(argv), file=sys.stderr)
    done = subprocess.run(
        argv, cwd=cwd, env=child_env(), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"bench: command failed ({done.returncode}): {' '.join(argv)}")
    return done.stdout


def source_digest() -> str:
    """A hash of what the plugin venv installs (sources and metadata)."""
    digest = hashlib.sha256()
    paths = [REPO / "pyproject.toml", REPO / "README.md"]
    paths += sorted((REPO / "flake8_asynclog").rglob("*.py"))
    for path in paths:
        digest.update(path.relative_to(REPO).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def installed_versions(venv: Path) -> dict[str, str]:
    code = (
        "import json, importlib.metadata as m; "
        f"print(json.dumps({{n: m.version(n) for n in {list(FLAKE8_STACK)!r}}}))"
    )
    return dict(json.loads(sh([venv_python(venv), "-c", code], quiet=True)))


def make_venv(venv: Path, quiet: bool) -> None:
    if venv.exists():
        shutil.rmtree(venv)
    sh([sys.executable, "-m", "venv", venv], quiet=quiet)
    sh([venv_python(venv), "-m", "pip", "install", "-q", "--upgrade", "pip"], quiet=quiet)


def install_plugin(
    venv: Path, workdir: Path, fresh: bool, pins: Sequence[str], quiet: bool
) -> None:
    """Install the repository, non-editable, from a copy (no build files land in it)."""
    copy = workdir / "src"
    if copy.exists():
        shutil.rmtree(copy)
    copy.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, copy / name)
    shutil.copytree(
        REPO / "flake8_asynclog",
        copy / "flake8_asynclog",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    pip: list[str | Path] = [venv_python(venv), "-m", "pip", "install", "-q"]
    if fresh:
        sh([*pip, copy, *pins], quiet=quiet)
    else:  # same dependencies, new sources
        sh([*pip, "--force-reinstall", "--no-deps", copy], quiet=quiet)


def prepare_venvs(
    cache: Path, workdir: Path, flake8_version: str | None, rebuild: bool, quiet: bool
) -> tuple[Path, Path, dict[str, str]]:
    """The ``(bare, plugin)`` venvs, created or refreshed as needed."""
    key = f"{platform.python_implementation()}-{'.'.join(map(str, sys.version_info[:3]))}"
    key += "-" + hashlib.sha256(sys.executable.encode()).hexdigest()[:8]
    base = cache / key
    base.mkdir(parents=True, exist_ok=True)
    bare, plugin = base / "bare", base / "plugin"
    pins = [f"flake8=={flake8_version}"] if flake8_version else []

    stamp = plugin / "bench-stamp.json"
    want = {"source": source_digest(), "pins": pins}
    have = json.loads(stamp.read_text()) if stamp.exists() and not rebuild else None
    if have != want:
        fresh = have is None or have.get("pins") != pins or not venv_python(plugin).exists()
        print(
            f"bench: {'creating' if fresh else 'refreshing'} the plugin venv in {plugin}",
            file=sys.stderr,
        )
        if fresh:
            make_venv(plugin, quiet)
        install_plugin(plugin, workdir, fresh, pins, quiet)
        stamp.write_text(json.dumps(want))
    versions = installed_versions(plugin)

    bare_stamp = bare / "bench-stamp.json"
    bare_want = {"versions": versions}
    bare_have = json.loads(bare_stamp.read_text()) if bare_stamp.exists() and not rebuild else None
    if bare_have != bare_want:
        print(f"bench: creating the bare flake8 venv in {bare}", file=sys.stderr)
        make_venv(bare, quiet)
        pinned = [f"{name}=={version}" for name, version in versions.items()]
        sh([venv_python(bare), "-m", "pip", "install", "-q", *pinned], quiet=quiet)
        bare_stamp.write_text(json.dumps(bare_want))
    if installed_versions(bare) != versions:
        raise SystemExit("bench: the two venvs do not hold the same flake8 stack")

    # The plugin must come from the venv (non-editable), and the bare venv must not have it.
    where = sh(
        [venv_python(plugin), "-c", "import flake8_asynclog; print(flake8_asynclog.__file__)"],
        quiet=True,
        cwd=workdir,
    ).strip()
    if not Path(where).resolve().is_relative_to(plugin.resolve()):
        raise SystemExit(f"bench: the plugin venv imports flake8_asynclog from {where}")
    probe = "import importlib.util as u; print(u.find_spec('flake8_asynclog') is None)"
    if sh([venv_python(bare), "-c", probe], quiet=True, cwd=workdir).strip() != "True":
        raise SystemExit("bench: the bare venv can import flake8_asynclog")
    return bare, plugin, versions
