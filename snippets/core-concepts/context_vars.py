import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)


async def change_in_coroutine() -> None:
    request_id.set("set in an awaited coroutine")
    await asyncio.sleep(0)


async def change_in_task() -> None:
    request_id.set("set in a task")  # the task runs in a copy of the context
    await asyncio.sleep(0)


def change_in_function() -> None:
    request_id.set("set in a synchronous function")


async def main() -> None:
    request_id.set("request-1")
    await asyncio.create_task(change_in_task())
    print(f"after a task set it: {request_id.get()}")

    await change_in_coroutine()  # runs in main's own context
    print(f"after an awaited coroutine set it: {request_id.get()}")

    change_in_function()
    print(f"after a synchronous function set it: {request_id.get()}")


asyncio.run(main())
