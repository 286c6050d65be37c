import asyncio


async def save():
    try:
        await asyncio.Event().wait()
    except Exception as e:  # not reached: CancelledError is a BaseException
        print(f"  except Exception caught {type(e).__name__}")


async def main():
    print(f"CancelledError derives from Exception: "
          f"{issubclass(asyncio.CancelledError, Exception)}")
    saving = asyncio.create_task(save())
    await asyncio.sleep(0)
    saving.cancel()
    try:
        await saving
    except asyncio.CancelledError:
        pass
    print(f"task cancelled(): {saving.cancelled()}")


asyncio.run(main())
