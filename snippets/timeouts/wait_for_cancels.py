import asyncio


async def import_data(release):
    try:
        await release.wait()
        return "imported"
    except asyncio.CancelledError:
        print("import: cancelled")
        raise


async def main():
    release = asyncio.Event()

    task = asyncio.create_task(import_data(release))
    try:
        await asyncio.wait_for(task, timeout=0.05)
    except TimeoutError:
        print("wait_for(task, 0.05) raised TimeoutError")
    print(f"import cancelled: {task.cancelled()}")

    task = asyncio.create_task(import_data(release))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.05)
    except TimeoutError:
        print("wait_for(shield(task), 0.05) raised TimeoutError")
    print(f"import still running: {not task.done()}")
    release.set()
    print(f"import result: {await task}")


asyncio.run(main())
