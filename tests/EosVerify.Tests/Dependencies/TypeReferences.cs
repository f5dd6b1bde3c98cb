using System.Reflection;
using System.Reflection.Emit;

namespace EosVerify.Tests.Dependencies;

/// <summary>
/// Which types of an assembly each of its types refers to, read from metadata and IL: base types, interfaces, field,
/// property and method signatures, and every type, method and field token in method bodies (calls, field accesses,
/// casts, typeof, object creation). Compile-time constants are inlined by the compiler and so are invisible here.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every (from, to) pair of distinct types of <paramref name="assembly"/> where from's code or signatures name to.</summary>
    public static IEnumerable<(Type From, Type To)> Of(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            var targets = new HashSet<Type>();
            foreach (var t in SignatureTypes(type)) Expand(t, targets);
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
                foreach (var t in BodyTypes(method)) Expand(t, targets);
            foreach (var target in targets)
                if (target.Assembly == assembly && target != type) yield return (type, target);
        }
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        if (type.BaseType is { } b) yield return b;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var f in type.GetFields(Declared)) yield return f.FieldType;
        foreach (var p in type.GetProperties(Declared)) yield return p.PropertyType;
        foreach (var m in type.GetMethods(Declared))
        {
            yield return m.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
        }
        foreach (var c in type.GetConstructors(Declared))
            foreach (var p in c.GetParameters()) yield return p.ParameterType;
    }

    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? unchecked((short)(0xFE00 | il[i + 1])) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            if (opCode.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                switch (member)
                {
                    case Type t: yield return t; break;
                    case FieldInfo f: yield return f.DeclaringType!; yield return f.FieldType; break;
                    case MethodInfo m: yield return m.DeclaringType!; yield return m.ReturnType; break;
                    case ConstructorInfo c: yield return c.DeclaringType!; break;
                }
            }
            i += OperandSize(opCode.OperandType, il, i);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    /// <summary>Adds a type and what it is built from (element types, generic arguments), never generic parameters.</summary>
    private static void Expand(Type type, HashSet<Type> into)
    {
        if (type.IsGenericParameter) return;
        if (type.HasElementType)
        {
            Expand(type.GetElementType()!, into);
            return;
        }
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            Expand(type.GetGenericTypeDefinition(), into);
            foreach (var a in type.GetGenericArguments()) Expand(a, into);
            return;
        }
        into.Add(type);
    }
}
