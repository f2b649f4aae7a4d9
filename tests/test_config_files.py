"""dictConfig of files: JSON, YAML (only with PyYAML), TOML; and the project index
sees an edit of such a file at once."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from flake8_asynclog.model import configfiles

from .helpers import FIXTURES, found, run

ECOSYSTEM = FIXTURES / "ecosystem"
OLD_NS = 1_600_000_000 * 10**9


def test_without_pyyaml_a_yaml_config_flags_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    real = configfiles.importlib.import_module

    def no_yaml(name: str, *args: Any) -> Any:
        if name == "yaml":
            raise ImportError(name)
        return real(name, *args)

    path = ECOSYSTEM / "dictconfig_files.py"
    lines = path.read_text().splitlines()
    texts = ("dictConfig(config)", "safe_load(fh)))", "frame %s", "task %s", "safe_load(text)")
    texts += ("proxy %s",)
    from_yaml = {n for n, line in enumerate(lines, 1) if any(t in line for t in texts)}
    assert len(from_yaml) == 6
    with_yaml = found(path)
    monkeypatch.setattr(configfiles.importlib, "import_module", no_yaml)
    without = found(path)
    assert {line for line, _ in with_yaml - without} == from_yaml
    assert without and without < with_yaml  # the JSON config is still read


def test_unquoted_placeholders_leave_the_value_unknown() -> None:
    text = '{"version": 1, "root": {"level": ${LEVEL}, "handlers": ["a"]}, "x": "$HOME"}'
    config = configfiles._json(text)
    assert config == {"version": 1, "root": {"level": None, "handlers": ["a"]}, "x": "$HOME"}


def project_with_json_config(tmp_path: Path, handler: str) -> Path:
    root = tmp_path / "svc"
    (root / "svc").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[project]\nname = 'svc'\n")
    (root / "svc" / "__init__.py").write_text("")
    config = {"version": 1, "handlers": {"h": {"class": handler}}, "root": {"handlers": ["h"]}}
    (root / "svc" / "logging.json").write_text(json.dumps(config))
    (root / "svc" / "logconf.py").write_text(
        "import json\nimport logging.config\nfrom pathlib import Path\n\n\n"
        "def configure():\n"
        "    with open(Path(__file__).with_name('logging.json')) as fh:\n"
        "        logging.config.dictConfig(json.load(fh))\n"
    )
    (root / "svc" / "main.py").write_text(
        "import asyncio\nimport logging\n\nfrom svc.logconf import configure\n\n"
        "log = logging.getLogger('svc.main')\n\n\n"
        "async def main():\n    log.info('up')\n    await asyncio.sleep(0)\n\n\n"
        "configure()\nasyncio.run(main())\n"
    )
    for path in root.rglob("*"):
        os.utime(path, ns=(OLD_NS, OLD_NS))
    return root


def test_an_edit_of_a_config_file_is_seen_by_the_cached_index(tmp_path: Path) -> None:
    root = project_with_json_config(tmp_path, "logging.FileHandler")
    first = run("flake8_asynclog", "svc/main.py", cwd=root)
    assert "ASL101" in first.stdout, first.stdout + first.stderr
    again = run("flake8_asynclog", "svc/main.py", cwd=root)
    assert again.stdout == first.stdout
    config = root / "svc" / "logging.json"
    config.write_text(config.read_text().replace("logging.FileHandler", "logging.NullHandler"))
    os.utime(config, ns=(OLD_NS + 10**9, OLD_NS + 10**9))
    after = run("flake8_asynclog", "svc/main.py", cwd=root)
    assert after.returncode == 0 and after.stdout == "", after.stdout
    shutil.rmtree(root / ".asynclog_cache")
    assert run("flake8_asynclog", "svc/main.py", cwd=root).stdout == ""
