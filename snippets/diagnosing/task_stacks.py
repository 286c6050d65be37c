import asyncio
import io
import re
import textwrap


async def fetch(part: str, reply: asyncio.Future) -> str:
    return await reply  # waits here until the reply comes


async def load(part: str, reply: asyncio.Future) -> str:
    return await fetch(part, reply)


async def main() -> None:
    loop = asyncio.get_running_loop()
    replies = {part: loop.create_future() for part in ("profile", "orders", "settings")}
    tasks = [asyncio.create_task(load(part, reply), name=f"load {part}")
             for part, reply in replies.items()]
    replies["profile"].set_result("Ada")
    replies["settings"].set_result("dark theme")  # the orders reply never comes
    await asyncio.sleep(0)  # every task runs up to its first wait

    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print("pending tasks:", [task.get_name() for task in others])
    for task in others:
        stack = io.StringIO()
        task.print_stack(file=stack)
        for line in stack.getvalue().splitlines():  # file names instead of paths
            line = re.sub(r"[^\s\"]*/(\w+\.py)", r"\1", line)
            print(textwrap.fill(line, 88, subsequent_indent="    "))

    replies["orders"].set_result("3 orders")
    print(await asyncio.gather(*tasks))


asyncio.run(main())
