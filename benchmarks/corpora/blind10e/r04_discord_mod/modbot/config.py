import os

TOKEN = os.environ.get("DISCORD_TOKEN", "dev-token")
PREFIX = os.environ.get("MODBOT_PREFIX", "!")
MOD_LOG_CHANNEL = 424242
