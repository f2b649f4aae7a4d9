"""Small local stand-in for discord.py 2.x (Client.run sets up logging like the real one)."""
from dataclasses import dataclass

from . import utils
from .client import Client, Intents

__all__ = ["Client", "Intents", "Member", "Message", "utils"]


@dataclass
class Member:
    id: int
    name: str


@dataclass
class Message:
    id: int
    content: str
    author: Member
