using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace AsyncDisposal;

public static class CallbackScope
{
    // <callback-scope>
    public static async Task Main()
    {
        await InTransactionAsync(async tx => await tx.ExecuteAsync("insert order 1"));

        await RunAsync(async tx =>
        {
            await tx.ExecuteAsync("insert order 2");
            throw new InvalidOperationException("stock check failed");
        });

        await RunAsync(async tx =>
        {
            await tx.ExecuteAsync("insert order 3");
            tx.LoseConnection(); // so the rollback fails as well
            throw new InvalidOperationException("stock check failed");
        });
    }

    private static async Task RunAsync(Func<Transaction, Task> body)
    {
        try
        {
            await InTransactionAsync(body);
        }
        catch (AggregateException ex)
        {
            Console.WriteLine($"caller caught both: {Describe(ex.InnerExceptions)}");
        }
        catch (Exception ex)
        {
            Console.WriteLine($"caller caught {Describe([ex])}");
        }
    }

    private static string Describe(IEnumerable<Exception> exceptions) =>
        string.Join(", ", exceptions.Select(e => $"{e.GetType().Name} ({e.Message})"));

    // Setup, the caller's body, then cleanup that knows whether the body failed:
    // the shape of an @asynccontextmanager generator, written as a method.
    private static async Task InTransactionAsync(Func<Transaction, Task> body)
    {
        await using Transaction tx = await Transaction.BeginAsync();
        try
        {
            await body(tx);
            await tx.CommitAsync();
        }
        catch (Exception failure)
        {
            try
            {
                await tx.RollbackAsync();
            }
            catch (Exception rollbackFailure)
            {
                // Keep both: the body's failure explains why the rollback ran.
                throw new AggregateException(failure, rollbackFailure);
            }

            throw; // the caller decides what the failure means
        }
    }

    private sealed class Transaction : IAsyncDisposable
    {
        private int _statements;
        private bool _connected = true;

        public static async Task<Transaction> BeginAsync()
        {
            await Task.Yield();
            Console.WriteLine("begin");
            return new Transaction();
        }

        public void LoseConnection() => _connected = false;

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
            if (!_connected)
            {
                throw new IOException("connection lost");
            }

            Console.WriteLine($"rollback ({_statements} statement(s))");
        }

        public async ValueTask DisposeAsync()
        {
            await Task.Yield();
            Console.WriteLine("transaction disposed");
        }
    }
    // </callback-scope>
}
