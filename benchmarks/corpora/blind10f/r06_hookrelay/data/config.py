import os

BOT_TOKEN = os.environ["BOT_TOKEN"]
PROVIDER_TOKEN = os.environ.get("PROVIDER_TOKEN", "")
ADMINS = [int(x) for x in os.environ.get("ADMINS", "").split(",") if x]
PAYMENTS_LOG = os.environ.get("PAYMENTS_LOG", "payments.log")
