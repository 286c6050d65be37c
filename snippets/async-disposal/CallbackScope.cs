using System;
using System.Threading.Tasks;

namespace AsyncDisposal;

public static class CallbackScope
{
    // <callback-scope>
    public static async Task Main()
    {
        await InTransactionAsync(async tx =>
        {
            await tx.ExecuteAsync("insert order 1");
        });

        try
        {
            await InTransactionAsync(async tx =>
            {
                await tx.ExecuteAsync("insert order 2");
                throw new InvalidOperationException("stock check failed");
            });
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"caller caught: {ex.Message}");
        }
    }

    // Setup, the caller's body, then cleanup that knows whether the body failed:
    // the shape of an @asynccontextmanager generator, written as a method.
    private static async Task InTransactionAsync(Func<Transaction, Task> body)
    {
        var tx = await Transaction.BeginAsync();
        try
        {
            await body(tx);
            await tx.CommitAsync();
        }
        catch
        {
            await tx.RollbackAsync();
            throw; // rethrow: the caller decides what the failure means
        }
    }

    private sealed class Transaction
    {
        private int _statements;

        public static async Task<Transaction> BeginAsync()
        {
            await Task.Yield();
            Console.WriteLine("begin");
            return new Transaction();
        }

        public async Task ExecuteAsync(string sql)
        {
            await Task.Yield();
            _statements++;
            Console.WriteLine($"  {sql}");
        }

        public async Task CommitAsync()
        {
            await Task.Yield();
            Console.WriteLine($"commit ({_statements} statement(s))");
        }

        public async Task RollbackAsync()
        {
            await Task.Yield();
            Console.WriteLine($"rollback ({_statements} statement(s))");
        }
    }
    // </callback-scope>
}
