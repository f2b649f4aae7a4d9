import logging

from pricefeed.routes import Alert

logging.basicConfig(
    level=logging.DEBUG,
    handlers=[logging.FileHandler("tests.log", mode="w")],
)


def make_alert(symbol: str = "BTCUSD", above: float = 100_000.0) -> Alert:
    return Alert(symbol=symbol, above=above)
