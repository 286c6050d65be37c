using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class GeneratedStateMachine
{
    // <generated-state-machine>
    public static void Main()
    {
        Func<Task<int>, Task<int>> addOne = AddOneAsync;
        MethodInfo method = addOne.Method;

        // The compiler marks the method with the type it generated for the method's body.
        Type machine = method.GetCustomAttribute<AsyncStateMachineAttribute>()!
            .StateMachineType;
        Console.WriteLine(
            $"{method.Name} has [AsyncStateMachine(typeof({machine.Name}))]");
        Console.WriteLine($"nested in {machine.DeclaringType!.Name}, compiler-generated: "
            + machine.IsDefined(typeof(CompilerGeneratedAttribute)));
        Console.WriteLine("implements: "
            + string.Join(", ", machine.GetInterfaces().Select(i => i.Name)));
        const BindingFlags declared = BindingFlags.Instance | BindingFlags.Public
            | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        Console.WriteLine("methods: " + string.Join(", ", machine.GetMethods(declared)
            .Select(m => m.Name.Split('.')[^1]).Order()));
        foreach (FieldInfo field in machine.GetFields(declared))
        {
            Console.WriteLine($"  field {field.Name}: {field.FieldType.Name}");
        }

        // Debug builds (the compiler's /optimize-) say so in an assembly attribute.
        bool optimized = method.Module.Assembly
            .GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
        Console.WriteLine($"kind: {(machine.IsValueType ? "struct" : "class")}, "
            + $"optimized build: {optimized}");
    }

    private static async Task<int> AddOneAsync(Task<int> source)
    {
        int value = await source;
        return value + 1;
    }
    // </generated-state-machine>
}
