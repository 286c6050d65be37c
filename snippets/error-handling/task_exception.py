import asyncio


def show(state, task):
    try:
        exception = task.exception()
        name = type(exception).__name__ if exception else None
        print(f"{state}: exception() returned {name}")
    except BaseException as e:
        print(f"{state}: exception() raised {type(e).__name__}")


async def fail():
    await asyncio.sleep(0)
    raise RuntimeError("broken")


async def main():
    pending = asyncio.create_task(asyncio.Event().wait())
    show("still running", pending)

    succeeded = asyncio.create_task(asyncio.sleep(0))
    await succeeded
    show("succeeded", succeeded)

    pending.cancel()
    await asyncio.gather(pending, return_exceptions=True)
    show("cancelled", pending)

    failed = asyncio.create_task(fail())
    await asyncio.gather(failed, return_exceptions=True)
    show("failed", failed)


asyncio.run(main())
