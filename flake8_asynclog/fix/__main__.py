"""Entry point of ``python -m flake8_asynclog.fix``."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":  # not when ``-j`` workers re-import the main module (spawn)
    raise SystemExit(main())
