from helpers import make_alert


def test_alert_defaults() -> None:
    alert = make_alert()
    assert alert.symbol == "BTCUSD"
    assert alert.above > 0
