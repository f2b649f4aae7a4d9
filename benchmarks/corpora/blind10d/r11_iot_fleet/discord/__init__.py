"""Local stand-in for discord.py (Client, Intents, utils.setup_logging)."""
from discord import utils
from discord.client import Client, Intents

__all__ = ["Client", "Intents", "utils"]
