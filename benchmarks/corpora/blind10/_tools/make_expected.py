"""Resolve spec.py needles to line numbers, sanity-check them, write EXPECTED.md + README.md."""
import ast
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from spec import REPOS  # noqa: E402

LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log", "fatal"}
SETUP_WORDS = ("addHandler", "basicConfig", "dictConfig", "handlers = [")


def resolve(repo, path, needle):
    full = os.path.join(ROOT, repo, path)
    lines = open(full, encoding="utf-8").read().splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    if len(hits) != 1:
        raise SystemExit(f"{repo}/{path}: needle {needle!r} matches lines {hits}")
    return hits[0]


def enclosing_functions(tree):
    """Map line -> innermost enclosing function node."""
    spans = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            spans.append((node.lineno, node.end_lineno, node))
    def find(line):
        best = None
        for start, end, node in spans:
            if start <= line <= end and (best is None or start >= best.lineno):
                best = node
        return best
    return find


def logging_calls_in(func):
    out = []
    for node in ast.walk(func):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in LOG_METHODS:
            # skip calls inside nested function definitions
            out.append(node.lineno)
    return sorted(out)


def check_finding(repo, path, line, code):
    full = os.path.join(ROOT, repo, path)
    src = open(full, encoding="utf-8").read()
    text = src.splitlines()[line - 1]
    if code == "ASL103":
        assert any(w in text for w in SETUP_WORDS), (repo, path, line, text)
        return None
    tree = ast.parse(src)
    func = enclosing_functions(tree)(line)
    assert isinstance(func, ast.AsyncFunctionDef), (repo, path, line, "not inside async def")
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.lineno == line
             and isinstance(n.func, ast.Attribute) and n.func.attr in LOG_METHODS]
    assert calls, (repo, path, line, "no logging call on this line", text)
    return (path, func.name, func.lineno)


def main():
    totals = collections.Counter()
    uncertain_total = 0
    readme_rows = []
    for repo, spec in REPOS.items():
        out = [f"# {repo}: expected findings", "", spec["summary"], "", "## Programs (how to run, from the repository folder)", ""]
        for cmd, desc in spec["programs"]:
            out.append(f"- `{cmd}`: {desc}")
        out += ["", "## Findings (per-coroutine default)", "",
                "Format: `path:LINE CODE  reason`. ASL101/ASL102 once per coroutine at its first logging call that reaches the handler; ASL103 at each set-up call.", ""]
        coroutines = set()
        counts = collections.Counter()
        if not spec["findings"]:
            out.append("(none: a correct tool reports nothing in this repository)")
        for path, needle, code, reason in spec["findings"]:
            line = resolve(repo, path, needle)
            key = check_finding(repo, path, line, code)
            if key is not None:
                assert key not in coroutines, ("two findings in one coroutine", repo, key)
                coroutines.add(key)
            counts[code] += 1
            out.append(f"{path}:{line} {code}  {reason}")
        out += ["", "## Must not be flagged", "", "Format: `path:LINE  what must not appear  why`.", ""]
        for path, needle, what, reason in spec["clean"]:
            line = resolve(repo, path, needle)
            out.append(f"{path}:{line}  {what}  {reason}")
        if spec.get("uncertain"):
            out += ["", "## Uncertain (not scored either way)", "",
                    "The two documents do not settle these; count neither a report nor its absence.", ""]
            for path, needle, what, reason in spec["uncertain"]:
                line = resolve(repo, path, needle)
                out.append(f"{path}:{line}  {what}  {reason}")
                uncertain_total += 1
        out.append("")
        with open(os.path.join(ROOT, repo, "EXPECTED.md"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
        totals.update(counts)
        readme_rows.append((repo, spec, counts))
        print(repo, dict(counts))
    write_readme(readme_rows, totals, uncertain_total)
    print("TOTAL", dict(totals), "uncertain", uncertain_total)


def write_readme(rows, totals, uncertain_total):
    out = ["# Blind corpus for flake8-asynclog issue 10 (program model)", "",
           "Written only from `handoff/issue10.md` and `shared/research/asyncio-app-logging-survey.md`,",
           "without reading the plugin's source. Twelve small multi-module repositories, each with a",
           "`pyproject.toml` at its top, several programs where natural, and an `EXPECTED.md` listing every",
           "finding a correct tool must report (per-coroutine default), the look-alikes that must not be",
           "flagged, and (r10 only) a few cases the documents leave open.", "",
           "Everything runs with the standard library only (framework parts are local stubs with the",
           "framework's names: `bot.run`, `run_polling`, `executor.start_polling`, `web.run_app`, ...);",
           "each program finishes in well under 2 s. Programs write their log files into the",
           "repository folder (`logs/`, `var/`, `*.log`); delete them before linting if you ran them.", "",
           "| repository | real problems | ASL101 | ASL102 | ASL103 | what it exercises |",
           "|---|---|---|---|---|---|"]
    for repo, spec, counts in rows:
        out.append(f"| {repo} | {'yes' if spec['problems'] else 'no (clean)'} | {counts['ASL101']} | {counts['ASL102']} | {counts['ASL103']} | {spec['summary']} |")
    total = sum(totals.values())
    out += ["", f"**Total expected findings: ASL101 {totals['ASL101']}, ASL102 {totals['ASL102']}, ASL103 {totals['ASL103']} ({total} in all).**",
            f"Uncertain, not scored: {uncertain_total} (all in r10_scraper: ASL103 for a stream-only basicConfig() and for the implicit basicConfig() of a root convenience call).", "",
            "## Scoring", "",
            "Run the tool on each repository folder separately (`cd rNN_...; flake8 --select ASL .`).",
            "A reported (path, line, code) that is in *Findings* is a true positive; anything else, except",
            "lines listed under *Uncertain*, is a false positive; a *Findings* line not reported is a miss.",
            "The *Must not be flagged* lists name the tempting look-alikes; they are not the only lines",
            "that must stay silent.", "",
            "## Conventions", "",
            "- A program = an entry that runs an event loop (directly or through a local framework-named",
            "  wrapper) plus everything it imports transitively, imports inside functions included;",
            "  `if __name__ == \"__main__\":` blocks belong only to their own module's program.",
            "- Sync scripts, management commands, dev/build scripts, test utilities, demo blocks and dead",
            "  modules never reach coroutines of other programs; a dev script that runs its own loop",
            "  (r08 loadtest.py) is a program of its own and its findings are real.",
            "- First reaching call = textually first logging call in the coroutine that reaches a blocking",
            "  handler; calls that reach only NullHandler / memory / queue handlers, or no handler, do not count.",
            "- Coroutines whose first reaching call could be filtered by a level were avoided; in programs",
            "  without any handler, coroutines log only at INFO/DEBUG (so lastResort never fires).",
            "- ASL103 is expected only where a set-up attaches a file/network/custom-I/O handler reached by",
            "  coroutines of the same program (a stream-only set-up is listed as uncertain).",
            "- `_tools/spec.py` holds the expectations keyed by a unique substring of each line;",
            "  `python3 _tools/make_expected.py` re-resolves the line numbers, checks each ASL101/102 line is",
            "  a logging call inside an `async def` (one per coroutine) and each ASL103 line is a set-up call,",
            "  and rewrites the EXPECTED.md files and this README.",
            "- `_tools/audit.py` lists every coroutine that logs and every set-up call with whether EXPECTED.md",
            "  covers it; `_tools/run_all.sh` runs every program once and removes the files they write.", ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
