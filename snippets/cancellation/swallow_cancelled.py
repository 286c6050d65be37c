import asyncio


async def write():
    await asyncio.Event().wait()  # a write that only ends by cancellation


async def save_swallowing():
    try:
        await write()
    except asyncio.CancelledError:
        print("  save: deleted the partial file")
        # no raise: the caller will think the save succeeded


async def save():
    try:
        await write()
    except asyncio.CancelledError:
        print("  save: deleted the partial file")
        raise


async def publish(save_function):
    saving = asyncio.create_task(save_function())
    await asyncio.sleep(0)
    saving.cancel()
    try:
        await saving
        print("  caller: saved, publishing the report")
    except asyncio.CancelledError:
        print("  caller: save cancelled, nothing published")
    print(f"  save task cancelled(): {saving.cancelled()}")


async def main():
    print("swallowing:")
    await publish(save_swallowing)
    print("cleaning up and re-raising:")
    await publish(save)


asyncio.run(main())
