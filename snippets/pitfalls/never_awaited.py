import asyncio
import gc
import warnings

saved = []


async def save(record):
    saved.append(record)


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        save("order 42")  # forgotten await: creates a coroutine object, runs nothing
        gc.collect()
    print(f"records saved: {len(saved)}")
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")


asyncio.run(main())
