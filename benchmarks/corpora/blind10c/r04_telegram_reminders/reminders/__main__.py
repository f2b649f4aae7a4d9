"""`python -m reminders` / `reminders-bot`: run the bot with long polling."""
import os

from reminders.bot import build_app
from reminders.logs import configure


def main():
    configure()
    build_app(os.environ.get("REMINDERS_TOKEN", "123456:dev")).run_polling(allowed_updates=["message"])


if __name__ == "__main__":
    main()
