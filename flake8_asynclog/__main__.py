"""``python -m flake8_asynclog``: the standalone checker."""

from .lint.cli import main

raise SystemExit(main())
