import os

BOT_TOKEN = os.environ.get("BOT_TOKEN", "42:dev")
ADMINS = [1003]
LOG_FILE = os.environ.get("SHOP_LOG_FILE", "shop.log")
