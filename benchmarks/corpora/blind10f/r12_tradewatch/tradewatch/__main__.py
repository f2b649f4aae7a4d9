import logging

from tradewatch import config
from tradewatch.bot import TradeWatch


def main() -> None:
    bot = TradeWatch()
    # discord.py's default handler, but on the root logger so our own loggers show up too
    bot.run(config.TOKEN, root_logger=True, log_level=logging.INFO)


if __name__ == "__main__":
    main()
