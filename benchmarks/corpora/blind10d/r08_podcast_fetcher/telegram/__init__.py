"""Local stand-in for python-telegram-bot (only what the notifier uses)."""
