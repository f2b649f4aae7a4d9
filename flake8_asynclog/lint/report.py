"""The checker's output formats: ``default`` (flake8's), ``json``, ``sarif``, ``github``.

Each format takes the results of a whole run (files in the order given, findings by
position) and returns the text to print. Errors (``E902`` / ``E999``) are printed
like findings in ``default`` and ``github``; ``json`` lists them with the findings,
``sarif`` reports them as tool notifications of a run that did not succeed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from typing import Any

from .. import __version__
from ..rules import RULES
from .check import FileResult

NAME = "flake8-asynclog"
HOME = "https://github.com/flake8-asynclog/flake8-asynclog"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
Row = tuple[str, int, int, str, str]  # path, line, 1-based column, code, message


def rows(results: Sequence[FileResult]) -> list[Row]:
    """Every finding and error of the run, in output order."""
    out: list[Row] = []
    for result in results:
        if result.error is not None:
            e = result.error
            out.append((result.path, e.line, e.col + 1, e.code, e.message))
        for f in result.findings:
            out.append((result.path, f.line, f.col + 1, f.code, f.message))
    return out


def default(results: Sequence[FileResult], show_source: bool = False) -> str:
    """flake8's ``path:line:col: CODE message``; ``show_source`` adds the line and a caret."""
    lines: list[str] = []
    sources = {r.path: r.lines for r in results}
    for path, line, col, code, message in rows(results):
        lines.append(f"{path}:{line}:{col}: {code} {message}")
        text = sources.get(path) or []
        if show_source and 0 < line <= len(text):
            source = text[line - 1]
            lines.append(source)
            indent = "".join(c if c.isspace() else " " for c in source[: col - 1])
            lines.append(f"{indent}^")
    return "".join(f"{line}\n" for line in lines)


def as_json(results: Sequence[FileResult], show_source: bool = False) -> str:
    """One JSON array: an object per finding or error."""
    items = [
        {
            "filename": path,
            "line": line,
            "column": col,
            "code": code,
            "message": message,
            "url": f"{HOME}#{code.lower()}" if code in RULES else None,
            "fixable": RULES[code].fixable if code in RULES else False,
        }
        for path, line, col, code, message in rows(results)
    ]
    return json.dumps(items, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github(results: Sequence[FileResult], show_source: bool = False) -> str:
    """GitHub Actions workflow commands: one ``::error`` annotation per finding or error."""
    out = []
    for path, line, col, code, message in rows(results):
        props = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (
                ("title", f"{NAME} ({code})"),
                ("file", path),
                ("line", line),
                ("col", col),
            )
        )
        text = _escape_data(f"{path}:{line}:{col}: {code} {message}")
        out.append(f"::error {props}::{text}\n")
    return "".join(out)


def _uri(path: str) -> str:
    """A relative URI (``uriBaseId`` SRCROOT: the working directory) or a file URI."""
    if os.path.isabs(path):
        return "file://" + path.replace(os.sep, "/")
    return os.path.normpath(path).replace(os.sep, "/")


def _rule_record(code: str) -> dict[str, Any]:
    rule = RULES[code]
    return {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {
            "text": f"{rule.why} Use instead: {rule.use_instead.strip()}",
            "markdown": f"**Why is this bad?** {rule.why}\n\n**Example**\n\n"
            f"```python\n{rule.example.rstrip()}\n```",
        },
        "helpUri": f"{HOME}#{code.lower()}",
        "defaultConfiguration": {"level": "warning"},
        "properties": {"fixable": rule.fixable},
    }


def sarif(results: Sequence[FileResult], show_source: bool = False) -> str:
    """A SARIF 2.1.0 log: one run, every rule's record, one result per finding."""
    codes = list(RULES)
    found: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    for result in results:
        location = {"artifactLocation": {"uri": _uri(result.path), "uriBaseId": "SRCROOT"}}
        if result.error is not None:
            e = result.error
            region = {"startLine": e.line, "startColumn": e.col + 1}
            notes.append(
                {
                    "level": "error",
                    "message": {"text": f"{e.code} {e.message}"},
                    "locations": [{"physicalLocation": {**location, "region": region}}],
                }
            )
        for f in result.findings:
            region = {"startLine": f.line, "startColumn": f.col + 1}
            found.append(
                {
                    "ruleId": f.code,
                    "ruleIndex": codes.index(f.code),
                    "level": "warning",
                    "message": {"text": f.message},
                    "locations": [{"physicalLocation": {**location, "region": region}}],
                }
            )
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": NAME,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": HOME,
                        "rules": [_rule_record(code) for code in codes],
                    }
                },
                "originalUriBaseIds": {"SRCROOT": {"uri": _cwd_uri()}},
                "invocations": [
                    {"executionSuccessful": not notes, "toolExecutionNotifications": notes}
                ],
                "results": found,
            }
        ],
    }
    return json.dumps(log, indent=2) + "\n"


def _cwd_uri() -> str:
    return "file://" + os.getcwd().replace(os.sep, "/").rstrip("/") + "/"


FORMATS: dict[str, Callable[[Sequence[FileResult], bool], str]] = {
    "default": default,
    "json": as_json,
    "sarif": sarif,
    "github": github,
}
