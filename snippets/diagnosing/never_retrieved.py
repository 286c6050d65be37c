import asyncio
import gc
import logging
import re
import textwrap


class PrintHandler(logging.Handler):
    """Prints each log record, with file names instead of paths, wrapped."""

    def emit(self, record: logging.LogRecord) -> None:
        text = f"{record.levelname} {record.name}: {record.getMessage()}"
        for line in re.sub(r"[^\s\"]*/(\w+\.py)", r"\1", text).splitlines():
            print(textwrap.fill(line, 88, initial_indent="  ", subsequent_indent="    ",
                                break_on_hyphens=False))


logging.basicConfig(handlers=[PrintHandler()])


async def send_welcome(email: str) -> None:
    raise ConnectionError(f"no mail server for {email}")


def sign_up(email: str) -> None:
    asyncio.create_task(send_welcome(email), name="send welcome")  # not kept


async def main() -> None:
    gc.disable()  # no cyclic garbage collection: only reference counting frees objects
    print("dropped in a function of its own:")
    sign_up("bob@example.com")
    await asyncio.sleep(0)  # the task runs and fails; the loop lets go of it
    print("  reported without a garbage collection")


asyncio.run(main())
