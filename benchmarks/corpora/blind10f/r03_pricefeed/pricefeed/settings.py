from pathlib import Path

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    host: str = "0.0.0.0"
    port: int = 8080
    symbols: list[str] = ["BTCUSD", "ETHUSD", "SOLUSD"]
    interval: float = 2.0
    exchange_url: str = "https://api.exchange.example"
    log_dir: Path = Path("/var/log/pricefeed")
    max_alerts: int = 50


settings = Settings()
