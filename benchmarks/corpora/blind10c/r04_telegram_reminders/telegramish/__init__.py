"""Stand-in for python-telegram-bot (standard library only)."""
