"""flake8-asynclog: keep asyncio programs from logging through blocking handlers."""

__version__ = "0.2.0"
