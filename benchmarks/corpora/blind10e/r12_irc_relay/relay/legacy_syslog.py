"""Pre-0.4 logging (syslog on the relay host). Kept for the Debian package; nothing imports it."""
import logging
from logging.handlers import SysLogHandler

logging.getLogger().addHandler(SysLogHandler(address=("127.0.0.1", 514)))
logging.getLogger().setLevel(logging.INFO)
