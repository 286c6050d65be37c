import asyncio


async def wait_forever():
    await asyncio.Event().wait()


async def give_up():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("gave up")  # nobody called cancel()


async def fail():
    await asyncio.sleep(0)
    raise RuntimeError("broken")


async def show(what, task):
    try:
        await task
    except BaseException:
        pass
    try:
        exception = f"returned {type(task.exception()).__name__}"
    except asyncio.CancelledError:
        exception = "raised CancelledError"
    print(f"{what}: cancelled() {task.cancelled()}, exception() {exception}")


async def main():
    waiting = asyncio.create_task(wait_forever())
    await asyncio.sleep(0)
    waiting.cancel()
    await show("task.cancel()", waiting)
    await show("CancelledError raised by the coroutine", asyncio.create_task(give_up()))
    await show("any other exception", asyncio.create_task(fail()))


asyncio.run(main())
