import os

TOKEN = os.environ.get("DISCORD_TOKEN", "")
QUOTE_API = os.environ.get("QUOTE_API", "https://quotes.example.com/v1")
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
ALERT_FROM = os.environ.get("ALERT_FROM", "tradewatch@example.com")
ALERT_TO = os.environ.get("ALERT_TO", "desk@example.com").split(",")
