"""Entry point of ``python -m flake8_asynclog.fix``."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())
