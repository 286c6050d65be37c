import asyncio


async def count_lines(file):
    await asyncio.sleep(0)
    if file == "missing.txt":
        raise FileNotFoundError(file)
    if file == "locked.txt":
        raise PermissionError(f"{file} is locked")
    return 42


async def main():
    files = ["a.txt", "missing.txt", "locked.txt"]
    results = await asyncio.gather(*map(count_lines, files), return_exceptions=True)
    for file, result in zip(files, results):
        outcome = type(result).__name__ if isinstance(result, Exception) else result
        print(f"{file}: {outcome}")


asyncio.run(main())
