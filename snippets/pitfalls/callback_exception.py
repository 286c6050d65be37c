import asyncio
import logging


class PrintErrors(logging.Handler):  # shows what the loop logs, without file paths
    def emit(self, record):
        print(f"{record.name} logged: {record.exc_info[1]!r}")


logging.getLogger("asyncio").addHandler(PrintErrors())
logging.getLogger("asyncio").propagate = False


def on_saved():  # a plain callback that the loop runs
    raise OSError("disk full")


async def main():
    asyncio.get_running_loop().call_soon(on_saved)
    await asyncio.sleep(0.01)
    print("the loop carried on")


asyncio.run(main())
