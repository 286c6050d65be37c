import asyncio


async def download_ignoring_cancellation(file, started):
    started.set()
    await asyncio.sleep(10)  # takes no token: task.cancel() still stops it here
    print(f"  {file} downloaded")


async def import_files(files, started):
    for file in files:
        await download_ignoring_cancellation(file, started)


async def main():
    started = asyncio.Event()
    task = asyncio.create_task(import_files(["a.csv", "b.csv", "c.csv"], started))
    await started.wait()
    task.cancel()  # raises CancelledError inside the task, at its current await
    try:
        await task
    except asyncio.CancelledError:
        print(f"caller caught CancelledError; task.cancelled(): {task.cancelled()}")


asyncio.run(main())
