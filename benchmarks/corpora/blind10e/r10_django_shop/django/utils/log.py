import logging.config


def configure_logging(logging_config, logging_settings):
    """Like django.utils.log.configure_logging: apply settings.LOGGING with dictConfig."""
    if logging_config and logging_settings:
        logging.config.dictConfig(logging_settings)
