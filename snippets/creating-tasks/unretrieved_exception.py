import asyncio
import gc


class MailServerDown(Exception):
    pass


async def send_report() -> None:
    raise MailServerDown("mail server is down")


async def main() -> None:
    loop = asyncio.get_running_loop()
    reports: list[str] = []
    loop.set_exception_handler(lambda _, context: reports.append(context["message"]))

    sending = asyncio.create_task(send_report())
    await asyncio.sleep(0.05)
    gc.collect()
    print(f"failed: {sending.done()}; referenced: reported {len(reports)} time(s)")

    del sending  # drop the last reference to the failed task
    gc.collect()
    print(f"unreferenced and collected: reported {len(reports)} time(s): {reports}")
    print("the program is still running")


asyncio.run(main())
