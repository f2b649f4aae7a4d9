"""Stand-in for aiogram 2.x (standard library only)."""
from aiogramish import executor, types
from aiogramish.dispatcher import Bot, Dispatcher

__all__ = ["Bot", "Dispatcher", "executor", "types"]
