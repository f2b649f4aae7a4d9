"""Render the README's rule table and rule docs from the rule records.

``python -m flake8_asynclog.docs`` prints the Markdown that stands between the
``<!-- rules:start -->`` and ``<!-- rules:end -->`` markers of README.md; a test
keeps the two identical.
"""

from __future__ import annotations

from .rules import RULES
from .rules.base import Rule

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def table() -> str:
    rows = ["| code | what it flags | fix |", "|---|---|---|"]
    for code, rule in RULES.items():
        fix = "yes" if rule.fixable else "no"
        rows.append(f"| [{code}](#{code.lower()}) | {rule.summary} | {fix} |")
    return "\n".join(rows)


def is_prose(text: str) -> bool:
    return text[:1].isupper() and text.rstrip().endswith(".")


def section(rule: Rule) -> str:
    parts = [
        f"### {rule.code}",
        f"`{rule.name}` — {rule.summary}.",
        f"**What it does.** {rule.what}",
        f"**Why is this bad?** {rule.why}",
        f"**Example**\n\n```python\n{rule.example.rstrip()}\n```",
        f"**Use instead.** {rule.use_instead}"
        if is_prose(rule.use_instead)
        else f"**Use instead**\n\n```python\n{rule.use_instead.rstrip()}\n```",
        f"**Fix.** {'Fixable' if rule.fixable else 'Not fixable'}. {rule.fix_safety}".rstrip(),
    ]
    return "\n\n".join(parts)


def render() -> str:
    body = [table(), "", *(section(rule) + "\n" for rule in RULES.values())]
    return "\n".join(body).rstrip() + "\n"


if __name__ == "__main__":
    print(render(), end="")
