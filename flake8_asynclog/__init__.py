"""flake8-asynclog: keep asyncio programs from logging through blocking handlers."""

__version__ = "0.1.0"
