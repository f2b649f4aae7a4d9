"""Mail alerts from the first version of the bot."""
import logging
from logging.handlers import SMTPHandler

mail = SMTPHandler(
    mailhost=("localhost", 25),
    fromaddr="relay@example.invalid",
    toaddrs=["ops@example.invalid"],
    subject="relay error",
)
mail.setLevel(logging.ERROR)
logging.getLogger("relay").addHandler(mail)
