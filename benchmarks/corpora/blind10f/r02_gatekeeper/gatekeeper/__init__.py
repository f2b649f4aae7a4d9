import logging
import os
import sys

logging.basicConfig(
    format="%(asctime)s - %(name)s - %(levelname)s - %(message)s",
    handlers=[logging.FileHandler("log.txt"), logging.StreamHandler()],
    level=logging.INFO,
)
logging.getLogger("httpx").setLevel(logging.WARNING)

LOGGER = logging.getLogger(__name__)

if sys.version_info < (3, 10):
    LOGGER.error("You MUST have a python version of at least 3.10! Bot quitting.")
    sys.exit(1)

TOKEN = os.environ.get("TOKEN", "")
OWNER_ID = int(os.environ.get("OWNER_ID", "0"))
DB_URI = os.environ.get("DATABASE_URL", "sqlite:///gatekeeper.db")
CAPTCHA_TIMEOUT = int(os.environ.get("CAPTCHA_TIMEOUT", "120"))
