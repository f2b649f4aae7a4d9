import logging

log = logging.getLogger(__name__)


def sma(values, window: int) -> float:
    window_values = list(values)[-window:]
    return sum(window_values) / len(window_values)


def zscore(values, window: int) -> float:
    recent = list(values)[-window:]
    mean = sum(recent) / len(recent)
    var = sum((v - mean) ** 2 for v in recent) / len(recent)
    return 0.0 if var == 0 else (recent[-1] - mean) / var ** 0.5


if __name__ == "__main__":
    logging.basicConfig(filename="indicators.log", level=logging.DEBUG)
    sample = [100, 101, 99, 104, 98, 97, 103]
    log.debug("sample %s", sample)
    print("sma5", sma(sample, 5), "z5", round(zscore(sample, 5), 3))
