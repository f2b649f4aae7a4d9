"""Old logging set-up from the 0.x bot; main.py stopped importing it in 0.7."""
import logging.config

logging.config.dictConfig({"version": 1, "handlers": {"file": {"class": "logging.FileHandler", "filename": "bot_old.log"}}, "root": {"level": "DEBUG", "handlers": ["file"]}})

logger = logging.getLogger("shop")
