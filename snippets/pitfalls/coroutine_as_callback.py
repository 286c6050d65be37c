import asyncio
import gc
import warnings

saved = []


async def save(file):
    await asyncio.sleep(0)  # stands in for writing the file
    saved.append(file)


def for_each(items, action):  # a synchronous API that takes a plain callback
    for item in items:
        action(item)  # save(item) only creates a coroutine, and for_each drops it


async def main():
    files = ["a.txt", "b.txt", "c.txt"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for_each(files, save)
        asyncio.get_running_loop().call_soon(save, "settings.json")  # a loop callback
        await asyncio.sleep(0.01)
        gc.collect()
    print(f"for_each and call_soon returned; saved, even later: {len(saved)} of 4")
    for message in sorted({str(warning.message) for warning in caught}):
        print(f"RuntimeWarning, {len(caught)} times: {message}")

    await asyncio.gather(*(save(file) for file in files))
    print(f"after awaiting asyncio.gather: saved {len(saved)} of 3")


asyncio.run(main())
