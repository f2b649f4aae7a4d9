from sqlalchemy import BigInteger, Column, String, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

from gatekeeper import DB_URI

BASE = declarative_base()
ENGINE = create_engine(DB_URI)
SESSION = sessionmaker(bind=ENGINE)


class Chat(BASE):
    __tablename__ = "chats"
    chat_id = Column(BigInteger, primary_key=True)
    title = Column(String(255))


class Member(BASE):
    __tablename__ = "members"
    user_id = Column(BigInteger, primary_key=True)
    username = Column(String(64))


BASE.metadata.create_all(ENGINE)


def all_chat_ids() -> list[int]:
    with SESSION() as session:
        return [c.chat_id for c in session.query(Chat).all()]
