import asyncio


async def import_record(record):
    if "-" not in record:
        raise ValueError(f"malformed record '{record}'")
    await asyncio.sleep(0)  # the write to storage
    if record.startswith("slow"):
        raise TimeoutError(f"{record} timed out")
    if record.startswith("locked"):
        raise PermissionError(f"{record} is locked")


async def import_all(records):
    # Like WhenAll: let every import finish, then raise all failures as one group.
    # (A TaskGroup would cancel the other imports at the first failure.)
    results = await asyncio.gather(*map(import_record, records), return_exceptions=True)
    failures = [result for result in results if isinstance(result, Exception)]
    try:
        raise ExceptionGroup("import failed", failures)
    except* ValueError as eg:
        print(f"skipped {len(eg.exceptions)}: {'; '.join(map(str, eg.exceptions))}")
    except* TimeoutError as eg:
        print(f"will retry {len(eg.exceptions)}: {'; '.join(map(str, eg.exceptions))}")
    # What no except* clause matched is re-raised, in a new ExceptionGroup.


async def main():
    records = ["ok-1", "oops", "ok-2", "slow-7", "n/a", "locked-3"]
    try:
        await import_all(records)
    except ExceptionGroup as rest:
        names = ", ".join(type(e).__name__ for e in rest.exceptions)
        print(f"left for the caller: {type(rest).__name__} of {names}")


asyncio.run(main())
