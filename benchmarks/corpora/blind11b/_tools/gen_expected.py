#!/usr/bin/env python3
"""Write each repository's EXPECTED.md from spec.py, locating lines by unique substrings,
and check them against the source with ast:

* every ASL101/ASL102 line is a logging call (.debug/.info/.warning/.error/.exception/.critical/.log)
  whose innermost enclosing function is an ``async def``, it is that coroutine's textually first
  logging call, and no coroutine has two ASL101/ASL102 findings;
* every ASL103 line holds a set-up call (addHandler / basicConfig / dictConfig / install /
  setup_logging / uvicorn.run) or ``LOGGING = {``;
* coverage: every coroutine that makes a logging call, and every set-up call in the tree, is
  listed in Findings, Must not be flagged or Uncertain (so nothing was forgotten).

    python3 _tools/gen_expected.py          # writes */EXPECTED.md and README.md
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spec import REPOS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LOGMETHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log", "success"}
SETUP = {"addHandler", "basicConfig", "dictConfig", "install", "setup_logging"}


def locate(repo: Path, path: str, needle: str) -> int:
    occurrence = 1
    if "@@" in needle:
        needle, occ = needle.rsplit("@@", 1)
        occurrence = int(occ)
    lines = (repo / path).read_text(encoding="utf-8").splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    if occurrence == 1 and len(hits) != 1:
        raise SystemExit(f"{repo.name}/{path}: {needle!r} found on lines {hits}, need exactly one")
    if len(hits) < occurrence:
        raise SystemExit(f"{repo.name}/{path}: {needle!r} has no occurrence {occurrence}")
    return hits[occurrence - 1]


class Index(ast.NodeVisitor):
    """Per file: logging calls with their innermost function, set-up calls."""

    def __init__(self) -> None:
        self.stack: list[ast.AST] = []
        self.log_calls: list[tuple[int, ast.AST | None]] = []  # (line, innermost def)
        self.setup_calls: list[int] = []
        self.call_lines: dict[int, str] = {}

    def _func(self, node):
        self.stack.append(node)
        self.generic_visit(node)
        self.stack.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _func

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        if isinstance(f, ast.Attribute):
            if f.attr in LOGMETHODS and not (isinstance(f.value, ast.Name) and f.value.id in {"parser", "sub"}):
                self.log_calls.append((node.lineno, self.stack[-1] if self.stack else None))
                self.call_lines[node.lineno] = "log"
            if f.attr in SETUP or (f.attr == "run" and isinstance(f.value, ast.Name) and f.value.id in {"uvicorn", "bot"}):
                self.setup_calls.append(node.lineno)
                self.call_lines.setdefault(node.lineno, "setup")
        self.generic_visit(node)


def index(path: Path) -> Index:
    ix = Index()
    ix.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return ix


def check(repo: Path, findings, mustnot, uncertain) -> list[str]:
    errors = []
    listed = {(p, n) for p, n, *_ in findings} | {(p, n) for p, n, *_ in mustnot} | {(p, n) for p, n, *_ in uncertain}
    per_coroutine: Counter = Counter()
    indexes = {p.relative_to(repo).as_posix(): index(p) for p in sorted(repo.rglob("*.py"))}
    for path, line, code, _ in findings:
        ix = indexes[path]
        src = (repo / path).read_text().splitlines()[line - 1]
        if code in ("ASL101", "ASL102"):
            owners = [d for ln, d in ix.log_calls if ln == line]
            if not owners:
                errors.append(f"{path}:{line} {code}: no logging call on this line: {src.strip()}")
                continue
            owner = owners[0]
            if not isinstance(owner, ast.AsyncFunctionDef):
                errors.append(f"{path}:{line} {code}: not directly inside an async def")
                continue
            first = min(ln for ln, d in ix.log_calls if d is owner)
            if first != line:
                errors.append(f"{path}:{line} {code}: {owner.name}'s first logging call is line {first}")
            per_coroutine[(path, owner.lineno)] += 1
        else:
            if line not in ix.setup_calls and not src.startswith("LOGGING = {"):
                errors.append(f"{path}:{line} {code}: no set-up call here: {src.strip()}")
    for key, n in per_coroutine.items():
        if n > 1:
            errors.append(f"{key[0]}: coroutine at line {key[1]} has {n} ASL101/ASL102 findings")
    # coverage
    lines_listed: dict[str, set[int]] = {}
    for path, line in [(p, ln) for p, ln, *_ in findings] + [(p, ln) for p, ln, *_ in mustnot] + [(p, ln) for p, ln, *_ in uncertain]:
        lines_listed.setdefault(path, set()).add(line)
    for path, ix in indexes.items():
        done = lines_listed.get(path, set())
        coroutines = {}
        for ln, d in ix.log_calls:
            if isinstance(d, ast.AsyncFunctionDef):
                coroutines.setdefault(d.lineno, (d.name, ln))
                coroutines[d.lineno] = (d.name, min(ln, coroutines[d.lineno][1]))
        for _, (name, first) in coroutines.items():
            if first not in done:
                errors.append(f"{path}:{first} coroutine {name}'s first logging call is not listed anywhere")
        for ln in ix.setup_calls:
            if ln not in done:
                errors.append(f"{path}:{ln} set-up call not listed anywhere")
    return errors


SHAPES = """## Shapes (survey share -> where)

- stdlib handlers built in code (65 %): r01, r02, r04 (healthcheck), r05, r10, r12; factories returning handlers (9 %): r02;
  aliased imports (9 %): r02 (`from logging import handlers`), r01 (`import logging.handlers as lh`).
- dictConfig dict in code / framework configs (11 %): uvicorn `log_config=dict` r03; Django `LOGGING` r06 (7 %);
  Litestar `LoggingConfig` r08 (queued).
- dictConfig from files (5 %): YAML + `os.path.expandvars` + `Path(__file__).with_name` r04; JSON + `string.Template`,
  project-root literal path r09; JSON with the 3.12 `queue_handler` r09 (clean); TOML sub-table r05; uvicorn
  `log_config=` YAML path r11.
- third-party handlers (31 %; 15 % blocking): blocking: RichHandler r05, colorlog.StreamHandler r02, coloredlogs.install()
  r11, ConcurrentRotatingFileHandler r01 r03, LokiHandler r03, graypy.GELFTCPHandler r04, TelegramHandler r02,
  fluent.handler.FluentHandler r09, watchtower `use_queues=False` r10, cysystemd journald r10, discord.utils.setup_logging()
  r01; queued / clean: LokiQueueHandler r03 r12, dislog r01, sentry_sdk r08, OTel batch r10, watchtower default r10,
  AsynchronousLogstashHandler r10, CloudLoggingHandler default r09, splunk_handler default r12, fluent.asynchandler r12,
  TelegramHandler behind a QueueListener r12.
- application Handler subclasses (25 %): requests.post r01, sys.stderr.write r04, print r06, RotatingFileHandler
  subclass by dotted path r06, InterceptHandler r07; clean ones: deque ring buffer r08, enqueueing `SlackHandler` r12.
- loguru (4 %): r07 (file sink, stderr sink, enqueue=True).
- framework defaults: discord `bot.run(token)` default on 'discord' only r08 (clean), `log_handler=None` r01,
  uvicorn default config r08 r09 (clean), 'uvicorn.error' used by an endpoint r03.
- root handlers moved behind a queue at run time (8 %): r12; 3.12 queue_handler r09; Litestar r08.
- set up in one module, used from others (77 %): every repository; logger objects imported (5 %): r01, r03;
  set-up at cog load inside `async def setup` (4 %): r01; named loggers with propagate=False (>= 13 %): r01 r02 r03 r04 r06 r11.
- not blocking look-alikes of every blocking shape: sync scripts (r01 r02 r05 r08 r12), a management command (r06),
  a dead module (r12), sync endpoints / views / functions (r03 r05 r06 r07), a library module whose `__main__` demo
  block is its own program (r12, flagged only there), modules shared with a queued program (r01 r03 r07 r09 r12).

Not covered on purpose (the expected result would be a guess): gunicorn config files, Quart's default handler, Django's
DEFAULT_LOGGING AdminEmailHandler reached from a user coroutine, `logger.handlers = [...]`, structlog, UDP/datagram
handlers, level filtering, `disable_existing_loggers` left at its default.
""".splitlines()


def main() -> None:
    totals: Counter = Counter()
    rows = []
    all_errors = []
    for name, spec in REPOS.items():
        repo = ROOT / name
        findings = [(p, locate(repo, p, n), c, r) for p, n, c, r in spec["findings"]]
        mustnot = [(p, locate(repo, p, n), w, r) for p, n, w, r in spec.get("mustnot", [])]
        uncertain = [(p, locate(repo, p, n), c, r) for p, n, c, r in spec.get("uncertain", [])]
        errors = check(repo, findings, mustnot, uncertain)
        all_errors += [f"{name}: {e}" for e in errors]
        keys = [(p, ln, c) for p, ln, c, _ in findings]
        if len(set(keys)) != len(keys):
            all_errors.append(f"{name}: duplicate finding keys")
        counts = Counter(c for _, _, c, _ in findings)
        totals.update(counts)
        rows.append((name, counts, spec["exercises"]))
        out = [f"# {name}: expected findings", "", spec["desc"], "",
               "## Programs (how to run, from the repository folder)", ""]
        out += [f"- {p}" for p in spec["programs"]]
        out += ["", "## Findings (per-coroutine default)", "",
                "Format: `path:LINE CODE  reason`. ASL101/ASL102 once per coroutine at its first logging call "
                "that reaches the handler; ASL103 at each set-up call that attaches a blocking handler "
                "reached by coroutines of the same program.", ""]
        for p, ln, c, r in sorted(findings, key=lambda f: (f[0], f[1])):
            out.append(f"{p}:{ln} {c}  {r}")
        if not findings:
            out.append("(none)")
        out += ["", "## Must not be flagged", "", "Format: `path:LINE  what must not appear  why`.", ""]
        for p, ln, w, r in sorted(mustnot, key=lambda f: (f[0], f[1])):
            out.append(f"{p}:{ln}  {w}  {r}")
        if uncertain:
            out += ["", "## Uncertain", "", "Format: `path:LINE  ASLnnn?  why`. Counted neither way by the scorer.", ""]
            for p, ln, c, r in sorted(uncertain, key=lambda f: (f[0], f[1])):
                out.append(f"{p}:{ln}  {c}?  {r}")
        (repo / "EXPECTED.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    if all_errors:
        print("\n".join(all_errors))
        raise SystemExit(1)
    readme = [
        "# blind11b: blind corpus for issue 11 (third-party handlers, framework-applied configs, "
        "config files, loguru)",
        "",
        "Written from `handoff/issue11.md`, `shared/research/asyncio-app-logging-survey.md` and "
        "`shared/research/third-party-handlers.{md,json}` only, without reading the plugin's source, "
        "tests, fixtures or other corpora. Third-party packages are not installed: the analysis is "
        "static. Each repository has a `pyproject.toml` and an `EXPECTED.md` (per-coroutine default) "
        "that `blind_score.py` reads. `_tools/gen_expected.py` generated every EXPECTED.md from "
        "`_tools/spec.py`, locating each line by a unique substring and checking with `ast` that each "
        "ASL101/ASL102 line is the first logging call of an `async def`, each ASL103 line a set-up "
        "call, and that every logging coroutine and every set-up call of the tree is listed somewhere.",
        "",
        "Conventions: every configuration sets `disable_existing_loggers: false` and levels that let "
        "the calls through (no level-filtering puzzles); no coroutine has calls of both kinds; a "
        "coroutine shared by two programs is flagged by at most one of them; loguru direct calls are "
        "only under Uncertain.",
        "",
        "| repository | ASL101 | ASL102 | ASL103 | total | what it exercises |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, c, ex in rows:
        t = c["ASL101"] + c["ASL102"] + c["ASL103"]
        readme.append(f"| {name} | {c['ASL101']} | {c['ASL102']} | {c['ASL103']} | {t} | {ex} |")
    t = totals["ASL101"] + totals["ASL102"] + totals["ASL103"]
    readme.append(f"| **total** | **{totals['ASL101']}** | **{totals['ASL102']}** | **{totals['ASL103']}** | **{t}** | |")
    readme += ["", "Score with: `python3 handoff/blind_score.py --flake8 flake8 blind11b` "
               "(runs `flake8 --select ASL --isolated .` in each repository).", ""]
    readme += SHAPES
    (ROOT / "README.md").write_text("\n".join(readme), encoding="utf-8")
    print("ok", dict(totals), t)


if __name__ == "__main__":
    main()
