"""The command-line fixer: ``python -m flake8_asynclog.fix``."""
